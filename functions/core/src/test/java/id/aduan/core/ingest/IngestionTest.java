package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ConversationKey;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Status;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.ReplyState;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Taking Instagram changes in, on the in-memory table: exactly once, each where it belongs. */
class IngestionTest {

    private static final Instant AT = Instant.parse("2026-08-05T02:00:00Z");
    private static final String ACCOUNT = Ingestions.ACCOUNT;
    private static final String SENDER = "6123";
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());

    private final InMemoryTable table = new InMemoryTable();
    private final Ingestion ingestion = ingestion(table.ingestion());

    @Test
    void aCommentOpensOneComplaintHoweverOftenItIsDelivered() {
        var first = ingestion.apply(comment("17900000000000001", null, "7001", AT));
        var again = ingestion.apply(comment("17900000000000001", null, "7001", AT));

        assertThat(first).isInstanceOf(IngestionOutcome.Created.class);
        assertThat(again).isEqualTo(new IngestionOutcome.Duplicate());
        assertThat(table.complaints()).singleElement().satisfies(complaint -> {
            assertThat(complaint.status()).isEqualTo(Status.NEW);
            assertThat(complaint.account()).isEqualTo(ACCOUNT);
        });
    }

    @Test
    void aReplyUnderTheirOwnCommentFollowsUpTheirComplaintAndAStrangersOpensAnother() {
        var opened = (IngestionOutcome.Created) ingestion.apply(comment("17900000000000001", null, "7001", AT));

        var own = ingestion.apply(comment("17900000000000002", "17900000000000001", "7001", AT.plusSeconds(60)));
        var stranger = ingestion.apply(comment("17900000000000003", "17900000000000001", "7002", AT.plusSeconds(90)));

        assertThat(own).isEqualTo(new IngestionOutcome.Attached(opened.id()));
        assertThat(stranger).isInstanceOf(IngestionOutcome.Created.class);
        assertThat(stored(opened.id()).messageCount()).isEqualTo(2);
        assertThat(table.complaints()).hasSize(2);
    }

    @Test
    void directMessagesOfOneSenderFollowUpTheComplaintTheirFirstOpened() {
        var opened = (IngestionOutcome.Created) ingestion.apply(dm("m-1", "lampu jalan mati di gang melati", AT));

        var followUp = ingestion.apply(dm("m-2", "sudah tiga malam", AT.plusSeconds(120)));

        assertThat(followUp).isEqualTo(new IngestionOutcome.Attached(opened.id()));
        assertThat(table.messages(opened.id())).extracting(message -> message.instagramId())
                .containsExactly("m-1", "m-2");
    }

    @Test
    void aMessageAfterTheComplaintClosedOpensANewOneThatSaysWhichItContinues() {
        var closed = (IngestionOutcome.Created) ingestion.apply(dm("m-1", "lampu jalan mati di gang melati", AT));
        var before = stored(closed.id());
        table.record(before, before.toBuilder().status(Status.CLOSED).build(), List.of(), List.of());

        var next = ingestion.apply(dm("m-2", "lampunya mati lagi", AT.plusSeconds(86_400)));

        assertThat(next).isInstanceOfSatisfying(IngestionOutcome.Created.class, created -> {
            assertThat(created.id()).isNotEqualTo(closed.id());
            assertThat(table.findConversation(ConversationKey.directMessages(ACCOUNT, SENDER)))
                    .contains(created.id());
            assertThat(table.timeline(created.id())).extracting(TimelineEvent::type)
                    .contains(TimelineEvent.Type.FOLLOW_UP_OF);
        });
    }

    @Test
    void theReportersAnswerToARequestForInformationTakesTheComplaintBack() {
        var opened = (IngestionOutcome.Created) ingestion.apply(dm("m-1", "jalan rusak parah di jalan merdeka", AT));
        var before = stored(opened.id());
        table.record(before, before.toBuilder().status(Status.NEEDS_INFO).statusBeforeInfoRequest(Status.NEW).build(),
                List.of(), List.of());

        var answer = ingestion.apply(dm("m-2", "di depan nomor 12", AT.plusSeconds(600)));

        assertThat(answer).isEqualTo(new IngestionOutcome.Attached(opened.id()));
        assertThat(stored(opened.id()).status()).isEqualTo(Status.NEW);
        assertThat(stored(opened.id()).messageCount()).isEqualTo(2);
    }

    @Test
    void aMessageRacingAnotherOfTheSameSenderFollowsUpTheComplaintTheOtherOpened() {
        var racing = new Racing(table);
        var racedIngestion = ingestion(new IngestionPorts(table, racing, table, table, table, table));

        var outcome = racedIngestion.apply(dm("m-2", "lampu jalan mati di gang melati", AT.plusSeconds(1)));

        assertThat(outcome).isEqualTo(new IngestionOutcome.Attached(racing.winner));
        assertThat(table.complaints()).singleElement().extracting(Complaint::messageCount).isEqualTo(2);
    }

    @Test
    void anEditThatOvertakesItsMessageIsAppliedWhenTheMessageArrives() {
        var edit = ingestion.apply(new InstagramChange.MessageEdit(ACCOUNT, "m-1", SENDER, "lampu jalan mati total", 1,
                AT.plusSeconds(30)));

        var message = (IngestionOutcome.Created) ingestion.apply(dm("m-1", "lampu jalan mati", AT));

        assertThat(edit).isEqualTo(new IngestionOutcome.AwaitingOriginal("m-1"));
        assertThat(stored(message.id()).text()).isEqualTo("lampu jalan mati total");
        assertThat(table.timeline(message.id())).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.MESSAGE_EDITED);
    }

    @Test
    void anEditAndAnUnsendChangeTheStoredMessageOnceEach() {
        var opened = (IngestionOutcome.Created) ingestion.apply(dm("m-1", "lampu jalan mati", AT));
        var editChange = new InstagramChange.MessageEdit(ACCOUNT, "m-1", SENDER, "lampu jalan mati total", 1,
                AT.plusSeconds(30));

        var edited = ingestion.apply(editChange);
        var editedAgain = ingestion.apply(editChange);
        var unsent = ingestion.apply(new InstagramChange.MessageUnsent(ACCOUNT, "m-1", SENDER, AT.plusSeconds(60)));

        assertThat(edited).isEqualTo(new IngestionOutcome.MessageChanged(opened.id()));
        assertThat(editedAgain).isEqualTo(new IngestionOutcome.Duplicate());
        assertThat(unsent).isEqualTo(new IngestionOutcome.MessageChanged(opened.id()));
        assertThat(table.messages(opened.id())).singleElement().satisfies(message -> {
            assertThat(message.editCount()).isEqualTo(1);
            assertThat(message.unsent()).isTrue();
        });
    }

    @Test
    void theTeamsOwnReplyUnderAComplaintIsItsFirstResponseOnce() {
        var opened = (IngestionOutcome.Created) ingestion.apply(comment("17900000000000001", null, "7001", AT));
        var reply = new InstagramChange.OwnComment(ACCOUNT, "17900000000000009", "17900000000000001",
                "Terima kasih, kami teruskan ke dinas terkait", AT.plusSeconds(1_800));

        var first = ingestion.apply(reply);
        var again = ingestion.apply(reply);

        assertThat(first).isEqualTo(new IngestionOutcome.ResponseRecorded(opened.id()));
        assertThat(again).isEqualTo(new IngestionOutcome.Duplicate());
        assertThat(stored(opened.id()).firstResponseAt()).isEqualTo(AT.plusSeconds(1_800));
    }

    @Test
    void theEchoOfAReplyAduanSentConfirmsThatReplyInsteadOfCountingAsAnotherAnswer() {
        var opened = (IngestionOutcome.Created) ingestion.apply(dm("m-1", "lampu jalan mati", AT));
        var text = "Terima kasih, laporan Anda kami teruskan";
        var conversation = ConversationKey.directMessages(ACCOUNT, SENDER);
        table.awaitEcho(new OutgoingReply("r-1", opened.id(), ReplyMethod.DM, SENDER, conversation, text));

        var echo = ingestion.apply(new InstagramChange.EchoMessage(ACCOUNT, "m-echo", SENDER, text,
                AT.plusSeconds(300)));

        assertThat(echo).isEqualTo(new IngestionOutcome.ResponseRecorded(opened.id()));
        assertThat(table.replyState("r-1")).contains(ReplyState.SENT);
        assertThat(table.awaitedReplies(conversation)).isEmpty();
        assertThat(stored(opened.id()).firstResponseAt()).isEqualTo(AT.plusSeconds(300));
    }

    @Test
    void aChangeForAnAccountNobodyRegisteredIsHeldAndOpensNothing() {
        var outcome = ingestion.apply(new InstagramChange.CitizenComment("99", "17900000000000001", null,
                new Reporter("7001", "warga"), "jalan rusak", null, null, false, AT, null));

        assertThat(outcome).isEqualTo(new IngestionOutcome.Held("99"));
        assertThat(table.complaints()).isEmpty();
    }

    private Complaint stored(ComplaintId id) {
        return table.findComplaint(id).orElseThrow();
    }

    private static Ingestion ingestion(IngestionPorts ports) {
        return Ingestions.of(ports, RULES, Clock.fixed(AT, ZoneOffset.UTC));
    }

    private static InstagramChange comment(String id, String parentId, String authorId, Instant at) {
        return new InstagramChange.CitizenComment(ACCOUNT, id, parentId, new Reporter(authorId, "warga"),
                "jalan berlubang di depan pasar", null, null, false, at, null);
    }

    private static InstagramChange dm(String id, String text, Instant at) {
        return new InstagramChange.CitizenMessage(ACCOUNT, id, SENDER, text, List.of(), null, at, null);
    }

    /**
     * Another message of the same sender opens the conversation's complaint just before this one's
     * opening is written, as two deliveries taken in at once can.
     */
    private static final class Racing implements ComplaintOpening {
        private final InMemoryTable table;
        private ComplaintId winner;

        Racing(InMemoryTable table) {
            this.table = table;
        }

        @Override
        public OpenResult open(NewComplaint candidate) {
            if (winner == null) {
                var first = ingestion(table.ingestion()).apply(dm("m-1", "lampu jalan mati", AT));
                winner = ((IngestionOutcome.Created) first).id();
            }
            return table.open(candidate);
        }
    }
}
