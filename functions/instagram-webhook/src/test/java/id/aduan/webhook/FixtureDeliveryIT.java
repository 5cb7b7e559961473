package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.Keys;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.triage.Rejection;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.InstagramFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every shared delivery goes through the real handler into the emulator, with the outcome its README names. */
@ExtendWith(AwsEmulatorExtension.class)
class FixtureDeliveryIT {

    /** The one government the test stack serves. */
    private static final Tenant HOME = new Tenant("32.73");

    private Webhook webhook;

    @BeforeEach
    void setUp(Deployment deployment) {
        webhook = new Webhook(deployment);
    }

    /** Each fixture with the deliveries that must come before it. */
    static Stream<Arguments> everyFixtureAfterItsPrerequisites() {
        return Stream.of(
                Arguments.of("comment-complaint.json", List.of()),
                Arguments.of("comment-reply-in-thread.json", List.of("comment-complaint.json")),
                Arguments.of("comment-own-reply.json", List.of("comment-complaint.json")),
                Arguments.of("comment-flat-entry.json", List.of()),
                Arguments.of("comment-id-as-comment_id.json", List.of()),
                Arguments.of("comment-praise.json", List.of()),
                Arguments.of("comment-spam.json", List.of()),
                Arguments.of("live-comment.json", List.of()),
                Arguments.of("mention-comment.json", List.of()),
                Arguments.of("mention-caption.json", List.of()),
                Arguments.of("dm-text.json", List.of()),
                Arguments.of("dm-followup.json", List.of("dm-text.json")),
                Arguments.of("dm-story-mention.json", List.of()),
                Arguments.of("dm-echo.json", List.of("dm-text.json")),
                Arguments.of("dm-deleted.json", List.of("dm-text.json", "dm-followup.json")),
                Arguments.of("dm-edit.json", List.of("dm-text.json")),
                Arguments.of("dashboard-test.json", List.of()),
                Arguments.of("batch-mixed.json", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFixtureAfterItsPrerequisites")
    void secondDeliveryOfAnyFixtureChangesNothing(String fixture, List<String> before) {
        before.forEach(webhook::deliverFixture);
        var first = webhook.deliverFixture(fixture);
        var afterFirst = webhook.items();

        var second = webhook.deliverFixture(fixture);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("status").asText()).isEqualTo("ALREADY_PROCESSED");
        assertThat(webhook.items()).isEqualTo(afterFirst);
    }

    @Test
    void commentOnAPostOpensANewComplaint() {
        var response = webhook.deliverFixture("comment-complaint.json");

        assertThat(response.outcome("created")).isEqualTo(1);
        var detail = webhook.onlyComplaint();
        var complaint = detail.complaint();
        assertThat(complaint.status()).isEqualTo(Status.NEW);
        assertThat(complaint.channel()).isEqualTo(Channel.COMMENT);
        assertThat(complaint.trackingCode().value()).matches("ADU-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(complaint.reporter().instagramId()).isEqualTo("6123456789012345");
        assertThat(complaint.reporter().username()).isEqualTo("warga_cibiru");
        assertThat(complaint.text()).startsWith("Min, jalan di Jl. Cibiru Hilir depan SDN 2 berlubang besar");
        assertThat(complaint.media()).containsExactly(MediaRef.post("FEED", "18034567890123456"));
        assertThat(complaint.replyTarget()).isEqualTo(new ReplyTarget(ReplyTarget.Kind.COMMENT, "17900000000000101"));
        assertThat(complaint.receivedAt()).hasToString("2026-08-05T03:20:00Z");
        assertThat(complaint.triage()).isNotNull();
        assertThat(detail.messages()).hasSize(1);
        assertThat(detail.timeline()).extracting(TimelineEvent::type).containsExactly(TimelineEvent.Type.RECEIVED);
    }

    @Test
    void replyOfTheSameCitizenUnderTheirCommentAttachesToTheirComplaint() {
        webhook.deliverFixture("comment-complaint.json");

        var response = webhook.deliverFixture("comment-reply-in-thread.json");

        assertThat(response.outcome("attached")).isEqualTo(1);
        var detail = webhook.onlyComplaint();
        assertThat(detail.complaint().messageCount()).isEqualTo(2);
        assertThat(detail.messages()).extracting(m -> m.instagramId())
                .containsExactly("17900000000000101", "17900000000000102");
        assertThat(detail.timeline()).extracting(TimelineEvent::type)
                .containsExactly(TimelineEvent.Type.RECEIVED, TimelineEvent.Type.MESSAGE_ADDED);
    }

    @Test
    void citysOwnPublicReplyRecordsTheFirstResponseAndOpensNothing() {
        webhook.deliverFixture("comment-complaint.json");

        var response = webhook.deliverFixture("comment-own-reply.json");

        assertThat(response.outcome("response")).isEqualTo(1);
        var complaint = webhook.onlyComplaint();
        assertThat(complaint.complaint().firstResponseAt()).hasToString("2026-08-05T03:35:00Z");
        assertThat(complaint.timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.RESPONDED_ON_INSTAGRAM);
    }

    @Test
    void flatInstagramLoginEntryOpensAComplaint() {
        webhook.deliverFixture("comment-flat-entry.json");

        var complaint = webhook.onlyComplaint().complaint();
        assertThat(complaint.reporter().username()).isEqualTo("ibu.rina_");
        assertThat(complaint.text()).contains("TPS Pasar Kosambi");
        assertThat(complaint.media()).containsExactly(MediaRef.post("REELS", "18034567890123499"));
    }

    @Test
    void commentIdGivenAsCommentIdIsRead() {
        webhook.deliverFixture("comment-id-as-comment_id.json");

        var complaint = webhook.onlyComplaint().complaint();
        assertThat(complaint.replyTarget().instagramId()).isEqualTo("17900000000000105");
        assertThat(complaint.text()).contains("PJU di Jl. Soekarno-Hatta");
    }

    @Test
    void praiseAndSpamAreStoredForTriageToJudge() {
        webhook.deliverFixture("comment-praise.json");
        webhook.deliverFixture("comment-spam.json");

        assertThat(webhook.complaints()).extracting(d -> d.complaint().text())
                .containsExactlyInAnyOrder("Mantap pak wali, taman kotanya makin cantik 😍👏",
                        "Jual followers aktif murah!! 1000 followers cuma 10rb, cek bio ya kak 🔥🔥 wa.me/6281200000000");
    }

    @Test
    void liveCommentOpensAComplaintThatCannotBeAnsweredPublicly() {
        webhook.deliverFixture("live-comment.json");

        var complaint = webhook.onlyComplaint().complaint();
        assertThat(complaint.channel()).isEqualTo(Channel.LIVE_COMMENT);
        assertThat(complaint.replyTarget().kind()).isEqualTo(ReplyTarget.Kind.LIVE_COMMENT);
        assertThat(complaint.text()).contains("PDAM di Antapani");
    }

    @Test
    void mentionsAreRecordedWithTheirTextPendingAFetch() {
        webhook.deliverFixture("mention-comment.json");
        webhook.deliverFixture("mention-caption.json");

        assertThat(webhook.complaints()).extracting(d -> d.complaint().channel())
                .containsExactly(Channel.MENTION_COMMENT, Channel.MENTION_MEDIA);
        assertThat(webhook.complaints()).allSatisfy(detail -> {
            assertThat(detail.complaint().contentPending()).isTrue();
            assertThat(detail.complaint().text()).isNull();
        });
        assertThat(webhook.complaints().getFirst().messages().getFirst().instagramId()).isEqualTo("17900000000000109");
        assertThat(webhook.complaints().getLast().complaint().media())
                .containsExactly(MediaRef.post("MEDIA", "18034567890123601"));
    }

    @Test
    void directMessageOpensAComplaintAndFollowUpAttachesWithItsPhoto() {
        webhook.deliverFixture("dm-text.json");
        var followUp = webhook.deliverFixture("dm-followup.json");

        assertThat(followUp.outcome("attached")).isEqualTo(1);
        var detail = webhook.onlyComplaint();
        assertThat(detail.complaint().channel()).isEqualTo(Channel.DM);
        assertThat(detail.complaint().reporter().instagramId()).isEqualTo("6123456789012404");
        assertThat(detail.complaint().replyTarget()).isEqualTo(new ReplyTarget(ReplyTarget.Kind.DM, "6123456789012404"));
        assertThat(detail.complaint().messageCount()).isEqualTo(2);
        assertThat(detail.complaint().lastMessageAt()).hasToString("2026-08-05T03:58:20Z");
        assertThat(detail.messages().getLast().media()).containsExactly(MediaRef.attachment("image",
                "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17900000000000200&signature=example"));
    }

    @Test
    void storyMentionIsRecordedWithItsMedia() {
        webhook.deliverFixture("dm-story-mention.json");

        var detail = webhook.onlyComplaint();
        assertThat(detail.complaint().channel()).isEqualTo(Channel.STORY_MENTION);
        assertThat(detail.complaint().text()).isNull();
        assertThat(detail.complaint().media()).extracting(MediaRef::type).containsExactly("story_mention");
    }

    @Test
    void citysOwnDirectMessageRecordsTheFirstResponse() {
        webhook.deliverFixture("dm-text.json");

        var response = webhook.deliverFixture("dm-echo.json");

        assertThat(response.outcome("response")).isEqualTo(1);
        assertThat(webhook.onlyComplaint().complaint().firstResponseAt()).hasToString("2026-08-05T04:05:00Z");
    }

    @Test
    void unsentFollowUpIsKeptAndMarkedUnsent() {
        webhook.deliverFixture("dm-text.json");
        webhook.deliverFixture("dm-followup.json");

        var response = webhook.deliverFixture("dm-deleted.json");

        assertThat(response.outcome("changed")).isEqualTo(1);
        var detail = webhook.onlyComplaint();
        assertThat(detail.messages()).hasSize(2);
        assertThat(detail.messages().getLast().unsent()).isTrue();
        assertThat(detail.messages().getLast().text()).startsWith("Tepatnya di depan Hotel Dago");
        assertThat(detail.timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.MESSAGE_UNSENT);
    }

    @Test
    void editReplacesTheTextAndKeepsThePreviousOneInTheTimeline() {
        webhook.deliverFixture("dm-text.json");

        webhook.deliverFixture("dm-edit.json");

        var detail = webhook.onlyComplaint();
        assertThat(detail.complaint().text()).contains("Jl. Ir. H. Juanda (Dago atas)");
        assertThat(detail.messages().getFirst().editCount()).isEqualTo(1);
        var edit = detail.timeline().stream().filter(e -> e.type() == TimelineEvent.Type.MESSAGE_EDITED).findFirst()
                .orElseThrow();
        assertThat(edit.details()).containsEntry("previousText",
                "Selamat siang admin, saya mau lapor. Pohon besar di Jl. Dago atas tumbang menutup jalan sejak jam 11, "
                        + "mobil tidak bisa lewat. Mohon bantuan segera");
    }

    @Test
    void editArrivingBeforeItsMessageIsAppliedWhenTheMessageComes() {
        var early = webhook.deliverFixture("dm-edit.json");
        assertThat(early.outcome("pending")).isEqualTo(1);
        assertThat(webhook.complaints()).isEmpty();

        webhook.deliverFixture("dm-text.json");

        var detail = webhook.onlyComplaint();
        assertThat(detail.complaint().text()).contains("Jl. Ir. H. Juanda (Dago atas)");
        assertThat(detail.timeline()).extracting(TimelineEvent::type)
                .containsExactly(TimelineEvent.Type.RECEIVED, TimelineEvent.Type.MESSAGE_EDITED);
    }

    @Test
    void unsendArrivingBeforeItsMessageMarksItUnsentWhenItComes() {
        webhook.deliverFixture("dm-text.json");
        webhook.deliverFixture("dm-deleted.json");

        webhook.deliverFixture("dm-followup.json");

        var messages = webhook.onlyComplaint().messages();
        assertThat(messages).hasSize(2);
        assertThat(messages.getLast().unsent()).isTrue();
    }

    @Test
    void dashboardTestIsAcceptedAndOpensNothing() {
        var response = webhook.deliverFixture("dashboard-test.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome("test")).isEqualTo(1);
        assertThat(webhook.complaints()).isEmpty();
        assertThat(webhook.items()).extracting(item -> item.get("PK").s()).singleElement()
                .satisfies(pk -> assertThat(pk).startsWith("RAW#"));
    }

    @Test
    void batchOfCommentsAndMessagesOpensOneComplaintEach() {
        var response = webhook.deliverFixture("batch-mixed.json");

        assertThat(response.outcome("created")).isEqualTo(5);
        assertThat(webhook.complaints()).extracting(d -> d.complaint().channel())
                .containsExactly(Channel.COMMENT, Channel.COMMENT, Channel.COMMENT, Channel.DM, Channel.DM);
        assertThat(webhook.complaints()).extracting(d -> d.complaint().trackingCode()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triageOutcomes")
    void eachFixtureArrivesWithTheTriageItsReadmeNames(String fixture, boolean complaint, String unit,
                                                       List<Priority> priorities, Rejection rejection) {
        webhook.deliverFixture(fixture);

        var complaintState = webhook.onlyComplaint().complaint();
        var suggestion = ((TriageState.Assessed) complaintState.triage()).suggestion();
        assertThat(suggestion.complaint()).isEqualTo(complaint);
        assertThat(suggestion.unit()).isEqualTo(unit);
        assertThat(suggestion.priority()).isIn(priorities);
        assertThat(suggestion.rejection()).isEqualTo(Optional.ofNullable(rejection));
        assertThat(complaintState.priority()).isEqualTo(suggestion.priority());
        if (complaint) {
            assertThat(complaintState.clocks().clock(ClockKind.FIRST_RESPONSE)).isPresent();
        } else {
            assertThat(complaintState.clocks()).isNull();
        }
    }

    static Stream<Arguments> triageOutcomes() {
        var urgentOrHigh = List.of(Priority.URGENT, Priority.HIGH);
        return Stream.of(
                Arguments.of("comment-complaint.json", true, "BINA_MARGA_SDA", urgentOrHigh, null),
                Arguments.of("comment-flat-entry.json", true, "LINGKUNGAN_HIDUP", List.of(Priority.values()), null),
                Arguments.of("comment-id-as-comment_id.json", true, "PERHUBUNGAN", List.of(Priority.values()), null),
                Arguments.of("comment-praise.json", false, "LINGKUNGAN_HIDUP", List.of(Priority.LOW),
                        Rejection.NOT_A_COMPLAINT),
                Arguments.of("comment-spam.json", false, "UMUM", List.of(Priority.LOW), Rejection.SPAM),
                Arguments.of("live-comment.json", true, "PEREKONOMIAN", List.of(Priority.values()), null),
                Arguments.of("dm-text.json", true, "BENCANA", List.of(Priority.URGENT), null));
    }

    @Test
    void storyMentionWithoutTextAsksForDetails() {
        webhook.deliverFixture("dm-story-mention.json");

        var suggestion = ((TriageState.Assessed) webhook.onlyComplaint().complaint().triage()).suggestion();
        assertThat(suggestion.needsDetails()).isTrue();
    }

    @Test
    void batchIsRoutedToTheFiveUnitsItsReadmeNames() {
        webhook.deliverFixture("batch-mixed.json");

        assertThat(webhook.complaints()).extracting(d -> ((TriageState.Assessed) d.complaint().triage()).suggestion().unit())
                .containsExactlyInAnyOrder("BINA_MARGA_SDA", "KEPENDUDUKAN", "SATPOL_PP", "PENDIDIKAN", "KESEHATAN");
    }

    @Test
    void sameProblemReportedAgainIsSuggestedAsADuplicate() {
        webhook.deliverFixture("comment-complaint.json");
        var original = webhook.onlyComplaint().complaint().trackingCode();
        var again = new String(InstagramFixtures.read("comment-complaint.json"), StandardCharsets.UTF_8)
                .replace("17900000000000101", "17900000000000999").replace("6123456789012345", "6123456789019999")
                .replace("warga_cibiru", "tetangga_cibiru").replace("1785900000", "1785903600");

        webhook.deliver(again.getBytes(StandardCharsets.UTF_8));

        var second = webhook.complaints().getLast().complaint();
        var suggestion = ((TriageState.Assessed) second.triage()).suggestion();
        assertThat(suggestion.duplicate()).hasValueSatisfying(d -> assertThat(d.trackingCode()).isEqualTo(original.value()));
    }

    @Test
    void citysReplyStopsTheFirstResponseClock() {
        webhook.deliverFixture("comment-complaint.json");

        webhook.deliverFixture("comment-own-reply.json");

        var clock = webhook.onlyComplaint().complaint().clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow();
        assertThat(clock.state()).isInstanceOf(ClockState.Stopped.class);
        assertThat(webhook.onlyComplaint().complaint().version()).as("bookkeeping leaves the staff version").isEqualTo(1);
    }

    @Test
    void messagesOfAClosedComplaintOpenANewOne(Deployment deployment) {
        webhook.deliverFixture("dm-text.json");
        var first = webhook.onlyComplaint().complaint();
        deployment.dynamoDb().updateItem(request -> request.tableName(deployment.ref("ComplaintsTable"))
                .key(Map.of("PK", AttributeValue.fromS(Keys.of(HOME).complaint(first.id())),
                        "SK", AttributeValue.fromS("META")))
                .updateExpression("SET #s = :closed")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":closed",
                        AttributeValue.fromS("CLOSED"))));

        webhook.deliverFixture("dm-followup.json");

        assertThat(webhook.complaints()).hasSize(2);
        ComplaintDetail second = webhook.complaints().getLast();
        assertThat(second.complaint().id()).isNotEqualTo(first.id());
        assertThat(second.complaint().text()).startsWith("Tepatnya di depan Hotel Dago");
        assertThat(second.timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.FOLLOW_UP_OF)
                .singleElement().satisfies(event -> {
                    assertThat(event.reason()).isEqualTo("lanjutan dari " + first.trackingCode().value());
                    assertThat(event.details()).containsEntry("previousId", first.id().value());
                });
    }

    @Test
    void replyUnderAClosedComplaintsCommentOpensAFollowUpOfIt(Deployment deployment) {
        webhook.deliverFixture("comment-complaint.json");
        var first = webhook.onlyComplaint().complaint();
        deployment.dynamoDb().updateItem(request -> request.tableName(deployment.ref("ComplaintsTable"))
                .key(Map.of("PK", AttributeValue.fromS(Keys.of(HOME).complaint(first.id())), "SK", AttributeValue.fromS("META")))
                .updateExpression("SET #s = :closed")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":closed", AttributeValue.fromS("CLOSED"))));

        var response = webhook.deliverFixture("comment-reply-in-thread.json");

        assertThat(response.outcome("created")).isEqualTo(1);
        var followUp = webhook.complaints().stream().filter(detail -> !detail.complaint().id().equals(first.id()))
                .findFirst().orElseThrow();
        assertThat(followUp.timeline()).extracting(TimelineEvent::type)
                .containsExactlyInAnyOrder(TimelineEvent.Type.RECEIVED, TimelineEvent.Type.FOLLOW_UP_OF);
        assertThat(followUp.timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.FOLLOW_UP_OF)
                .singleElement().satisfies(event -> {
                    assertThat(event.reason()).isEqualTo("lanjutan dari " + first.trackingCode().value());
                    assertThat(event.details()).containsEntry("previousId", first.id().value())
                            .containsEntry("previousTrackingCode", first.trackingCode().value());
                });
    }
}
