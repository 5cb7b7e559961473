package id.aduan.core.workflow;

import static id.aduan.core.workflow.Complaints.RECEIVED;
import static id.aduan.core.workflow.Complaints.RULES;
import static id.aduan.core.workflow.Complaints.context;
import static id.aduan.core.workflow.Complaints.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Assignee;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowTest {

    private static final Set<ActionKind> ALWAYS = EnumSet.of(ActionKind.ADD_NOTE, ActionKind.QUEUE_REPLY,
            ActionKind.HIDE_COMMENT);
    private static final Set<ActionKind> WHILE_OPEN = EnumSet.of(ActionKind.ASSIGN, ActionKind.CHANGE_PRIORITY);

    private final Workflow workflow = new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW);
    private final Instant later = RECEIVED.plus(Duration.ofDays(1));

    @ParameterizedTest
    @EnumSource(Status.class)
    void eachStatusAllowsExactlyTheMovesOfTheWorkflow(Status status) {
        var moves = switch (status) {
            case NEW -> EnumSet.of(ActionKind.VERIFY, ActionKind.ASK_FOR_INFORMATION, ActionKind.REJECT);
            case NEEDS_INFO -> EnumSet.of(ActionKind.VERIFY, ActionKind.REJECT);
            case VERIFIED -> EnumSet.of(ActionKind.FORWARD, ActionKind.REJECT);
            case FORWARDED -> EnumSet.of(ActionKind.START_FOLLOW_UP, ActionKind.REROUTE);
            case IN_PROGRESS -> EnumSet.of(ActionKind.RESOLVE);
            case RESOLVED -> EnumSet.of(ActionKind.CLOSE, ActionKind.REOPEN);
            case CLOSED, REJECTED -> EnumSet.noneOf(ActionKind.class);
        };
        moves.addAll(ALWAYS);
        if (!status.isFinal()) {
            moves.addAll(WHILE_OPEN);
        }

        assertThat(workflow.allowed(in(status), later)).isEqualTo(moves);
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsRefusedWithTheAllowedMoves() {
        assertThatThrownBy(() -> workflow.apply(in(Status.NEW), new StaffAction.Resolve(null), context(later)))
                .isInstanceOfSatisfying(MoveNotAllowed.class, refused -> {
                    assertThat(refused.attempted()).isEqualTo(ActionKind.RESOLVE);
                    assertThat(refused.status()).isEqualTo(Status.NEW);
                    assertThat(refused.allowed()).contains(ActionKind.VERIFY, ActionKind.ASK_FOR_INFORMATION,
                            ActionKind.REJECT).doesNotContain(ActionKind.RESOLVE);
                });
    }

    @Test
    void verifyingSetsUnitCategoryAndPriorityStopsVerificationStartsResolutionAndYieldsAConfirmedRouting() {
        var before = in(Status.NEW);

        var change = workflow.apply(before, Complaints.verify(), context(later));

        var after = change.after();
        assertThat(after.status()).isEqualTo(Status.VERIFIED);
        assertThat(after.unit()).isEqualTo("BINA_MARGA_SDA");
        assertThat(after.category()).isEqualTo("Jalan rusak");
        assertThat(after.priority()).isEqualTo(Priority.HIGH);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.clocks().clock(ClockKind.VERIFICATION).orElseThrow().state()).isInstanceOf(ClockState.Stopped.class);
        assertThat(after.clocks().clock(ClockKind.RESOLUTION).orElseThrow().state()).isInstanceOf(ClockState.Running.class);
        assertThat(after.clocks().priority()).isEqualTo(Priority.HIGH);
        assertThat(change.events()).extracting(TimelineEvent::type).containsExactly(TimelineEvent.Type.STATUS_CHANGED,
                TimelineEvent.Type.ROUTED, TimelineEvent.Type.PRIORITY_CHANGED);
        assertThat(change.events()).allSatisfy(event -> {
            assertThat(event.key()).startsWith("v" + after.version() + "/");
            assertThat(event.actor().id()).isEqualTo("u-1");
            assertThat(event.at()).isEqualTo(later);
        });
        assertThat(change.confirmedRouting()).hasValueSatisfying(example -> {
            assertThat(example.unit()).isEqualTo("BINA_MARGA_SDA");
            assertThat(example.text()).isEqualTo(Complaints.TEXT);
        });
    }

    @Test
    void verifyingAMessageTriageJudgedNotAComplaintStartsItsClocksFromWhenItArrived() {
        var notJudgedAComplaint = in(Status.NEW).toBuilder().clocks(null).build();

        var after = workflow.apply(notJudgedAComplaint, Complaints.verify(), context(later)).after();

        var firstResponse = after.clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow();
        assertThat(firstResponse.startedAt()).isEqualTo(RECEIVED);
        assertThat(after.clocks().clock(ClockKind.RESOLUTION)).isPresent();
    }

    @Test
    void verifyingNeedsAKnownUnit() {
        var action = new StaffAction.Verify("DINAS_RAHASIA", "Jalan rusak", Priority.HIGH, null);

        assertThatThrownBy(() -> workflow.apply(in(Status.NEW), action, context(later)))
                .isInstanceOfSatisfying(InvalidAction.class, invalid -> assertThat(invalid.field()).isEqualTo("unit"));
    }

    @Test
    void askingForInformationPausesTheClocksAndTheReporterAnswerTakesItBack() {
        var waiting = workflow.apply(in(Status.NEW), new StaffAction.AskForInformation("foto?"), context(later)).after();
        assertThat(waiting.status()).isEqualTo(Status.NEEDS_INFO);
        assertThat(waiting.statusBeforeInfoRequest()).isEqualTo(Status.NEW);
        assertThat(waiting.clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow().state()).isInstanceOf(ClockState.Paused.class);

        var answer = ReporterMessage.received("m-2", Channel.COMMENT, "di depan SDN 2", List.of(), later.plusSeconds(600));
        var change = workflow.onReporterMessage(waiting, answer, RULES).orElseThrow();

        assertThat(change.after().status()).isEqualTo(Status.NEW);
        assertThat(change.after().statusBeforeInfoRequest()).isNull();
        assertThat(change.after().version()).isEqualTo(waiting.version() + 1);
        assertThat(change.after().clocks().clock(ClockKind.FIRST_RESPONSE).orElseThrow().state())
                .isInstanceOf(ClockState.Running.class);
        assertThat(change.events()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo("answer/m-2");
            assertThat(event.reason()).isEqualTo("REPORTER_ANSWERED");
            assertThat(event.actor().kind()).isEqualTo(Actor.Kind.REPORTER);
        });
    }

    @Test
    void forwardingWithoutAUnitForwardsToTheVerifiedUnit() {
        var change = workflow.apply(in(Status.VERIFIED), new StaffAction.Forward(null, "mohon segera"), context(later));

        assertThat(change.after().status()).isEqualTo(Status.FORWARDED);
        assertThat(change.after().unit()).isEqualTo("BINA_MARGA_SDA");
        assertThat(change.after().clocks().clock(ClockKind.FOLLOW_UP)).isPresent();
        assertThat(change.events()).extracting(TimelineEvent::type).containsExactly(TimelineEvent.Type.STATUS_CHANGED);
        assertThat(change.confirmedRouting()).isPresent();
    }

    @Test
    void forwardingToAnotherUnitRecordsTheRoutingAndGivesTheComplaintBack() {
        var assigned = in(Status.VERIFIED).toBuilder().assignee(new Assignee("u-9", "Budi")).build();

        var change = workflow.apply(assigned, new StaffAction.Forward("PERHUBUNGAN", null), context(later));

        assertThat(change.after().unit()).isEqualTo("PERHUBUNGAN");
        assertThat(change.after().assignee()).isNull();
        assertThat(change.events()).extracting(TimelineEvent::type)
                .containsExactly(TimelineEvent.Type.STATUS_CHANGED, TimelineEvent.Type.ROUTED);
        assertThat(change.confirmedRouting().orElseThrow().unit()).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void reroutingMovesToAnotherUnitWithAReasonAndKeepsTheFollowUpClock() {
        var forwarded = in(Status.FORWARDED);
        var followUp = forwarded.clocks().clock(ClockKind.FOLLOW_UP).orElseThrow();

        var change = workflow.apply(forwarded, new StaffAction.Reroute("PERHUBUNGAN", "lampu PJU, bukan jalan"),
                context(later));

        assertThat(change.after().status()).isEqualTo(Status.FORWARDED);
        assertThat(change.after().unit()).isEqualTo("PERHUBUNGAN");
        assertThat(change.after().clocks().clock(ClockKind.FOLLOW_UP)).contains(followUp);
        assertThat(change.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TimelineEvent.Type.ROUTED);
            assertThat(event.reason()).isEqualTo("lampu PJU, bukan jalan");
            assertThat(event.details()).containsEntry("from", "BINA_MARGA_SDA").containsEntry("to", "PERHUBUNGAN");
        });
        assertThat(change.confirmedRouting()).isPresent();
    }

    @Test
    void rejectingAsChatOrSpamTeachesTheRouterWhatThisDeskTurnsAway() {
        var chat = workflow.apply(in(Status.NEW), new StaffAction.Reject(RejectionReason.NOT_A_COMPLAINT, null, null,
                null), context(later));
        var spam = workflow.apply(in(Status.NEW), new StaffAction.Reject(RejectionReason.SPAM, null, null, null),
                context(later));
        var elsewhere = workflow.apply(in(Status.NEW), new StaffAction.Reject(RejectionReason.NOT_OUR_AUTHORITY, null,
                "ke PLN", null), context(later));

        assertThat(chat.confirmedRouting().orElseThrow().unit()).isEqualTo("NOT_A_COMPLAINT");
        assertThat(spam.confirmedRouting().orElseThrow().unit()).isEqualTo("SPAM");
        assertThat(elsewhere.confirmedRouting()).isEmpty();
    }

    @Test
    void reroutingNeedsAReasonAndAnotherUnit() {
        assertThatThrownBy(() -> new StaffAction.Reroute("PERHUBUNGAN", " "))
                .isInstanceOfSatisfying(InvalidAction.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> workflow.apply(in(Status.FORWARDED), new StaffAction.Reroute("BINA_MARGA_SDA", "x"),
                context(later))).isInstanceOfSatisfying(InvalidAction.class,
                invalid -> assertThat(invalid.field()).isEqualTo("unit"));
    }

    @Test
    void followingUpStopsTheFollowUpClockAndResolvingStopsResolution() {
        var inProgress = workflow.apply(in(Status.FORWARDED), new StaffAction.StartFollowUp(null), context(later)).after();
        assertThat(inProgress.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(inProgress.clocks().clock(ClockKind.FOLLOW_UP).orElseThrow().state()).isInstanceOf(ClockState.Stopped.class);

        var resolved = workflow.apply(inProgress, new StaffAction.Resolve("sudah ditambal"), context(later)).after();
        assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(later);
        assertThat(resolved.objectionEndsAt()).isEqualTo(later.plus(Workflow.DEFAULT_OBJECTION_WINDOW));
        assertThat(resolved.clocks().clock(ClockKind.RESOLUTION).orElseThrow().state()).isInstanceOf(ClockState.Stopped.class);
    }

    @Test
    void closingEndsTheComplaint() {
        var closed = workflow.apply(in(Status.RESOLVED), new StaffAction.Close("warga konfirmasi"), context(later)).after();

        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.acceptsFollowUps()).isFalse();
    }

    @Test
    void reopeningWithinTheObjectionWindowResumesResolution() {
        var resolved = in(Status.RESOLVED);

        var reopened = workflow.apply(resolved, new StaffAction.Reopen("warga: belum ditambal"),
                context(resolved.resolvedAt().plus(Duration.ofDays(13)))).after();

        assertThat(reopened.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.objectionEndsAt()).isNull();
        assertThat(reopened.autoCloseAt()).isEmpty();
        assertThat(reopened.clocks().clock(ClockKind.RESOLUTION).orElseThrow().state()).isInstanceOf(ClockState.Running.class);
    }

    @Test
    void afterTheObjectionWindowAResolvedComplaintCanOnlyBeClosed() {
        var resolved = in(Status.RESOLVED);
        var afterWindow = context(resolved.resolvedAt().plus(Workflow.DEFAULT_OBJECTION_WINDOW));

        assertThatThrownBy(() -> workflow.apply(resolved, new StaffAction.Reopen("x"), afterWindow))
                .isInstanceOfSatisfying(MoveNotAllowed.class, refused -> {
                    assertThat(refused.allowed()).contains(ActionKind.CLOSE).doesNotContain(ActionKind.REOPEN);
                    assertThat(refused.getMessage()).contains("objection window");
                });
    }

    @Test
    void aResolvedComplaintClosesByItselfOnceItsObjectionWindowHasEnded() {
        var resolved = in(Status.RESOLVED);
        var ends = resolved.objectionEndsAt();
        var sweep = Actor.system("sla-monitor");

        assertThat(resolved.autoCloseAt()).contains(ends);
        assertThat(workflow.closeAfterObjectionWindow(resolved, sweep, ends.minusSeconds(1), RULES)).isEmpty();

        var change = workflow.closeAfterObjectionWindow(resolved, sweep, ends, RULES).orElseThrow();

        var closed = change.after();
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.version()).isEqualTo(resolved.version() + 1);
        assertThat(closed.autoCloseAt()).isEmpty();
        assertThat(closed.clocks().clocks().values()).allSatisfy(clock ->
                assertThat(clock.state()).isInstanceOf(ClockState.Stopped.class));
        assertThat(change.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TimelineEvent.Type.STATUS_CHANGED);
            assertThat(event.actor()).isEqualTo(sweep);
            assertThat(event.reason()).isEqualTo(Workflow.OBJECTION_WINDOW_PASSED);
        });
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "RESOLVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAResolvedComplaintClosesByItself(Status status) {
        var farLater = RECEIVED.plus(Duration.ofDays(365));

        assertThat(workflow.closeAfterObjectionWindow(in(status), Actor.system("sla-monitor"), farLater, RULES))
                .isEmpty();
    }

    @Test
    void theEndOfTheObjectionWindowIsFixedWhenTheComplaintIsResolved() {
        var resolved = in(Status.RESOLVED);
        var windowLengthenedSince = new Workflow(Duration.ofDays(30));

        assertThat(windowLengthenedSince.allowed(resolved, resolved.objectionEndsAt()))
                .contains(ActionKind.CLOSE).doesNotContain(ActionKind.REOPEN);
    }

    @Test
    void reporterWritingWithinTheObjectionWindowReopensAResolvedComplaint() {
        var resolved = in(Status.RESOLVED);
        var objection = ReporterMessage.received("m-3", Channel.COMMENT, "masih berlubang",
                List.of(), resolved.resolvedAt().plus(Duration.ofDays(2)));

        var change = workflow.onReporterMessage(resolved, objection, RULES).orElseThrow();

        assertThat(change.after().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(change.events().getFirst().reason()).isEqualTo("REPORTER_OBJECTED");
    }

    @Test
    void reporterWritingAfterTheWindowOrOnAnOpenComplaintMovesNothing() {
        var resolved = in(Status.RESOLVED);
        var late = ReporterMessage.received("m-4", Channel.COMMENT, "terima kasih", List.of(),
                resolved.resolvedAt().plus(Duration.ofDays(30)));

        assertThat(workflow.onReporterMessage(resolved, late, RULES)).isEmpty();
        assertThat(workflow.onReporterMessage(in(Status.FORWARDED), late, RULES)).isEmpty();
    }

    @Test
    void rejectingStopsEveryClockAndNotOurAuthorityNeedsWhereToGo() {
        assertThatThrownBy(() -> new StaffAction.Reject(RejectionReason.NOT_OUR_AUTHORITY, null, null, null))
                .isInstanceOfSatisfying(InvalidAction.class, invalid -> assertThat(invalid.field()).isEqualTo("referral"));

        var rejected = workflow.apply(in(Status.NEW), new StaffAction.Reject(RejectionReason.NOT_OUR_AUTHORITY, null,
                "PLN (listrik rumah): 123", null), context(later)).after();

        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.rejection().referral()).isEqualTo("PLN (listrik rumah): 123");
        assertThat(rejected.clocks().clocks().values()).allSatisfy(clock ->
                assertThat(clock.state()).isInstanceOf(ClockState.Stopped.class));
    }

    @Test
    void rejectingAsADuplicateMergesIntoTheOpenOriginal() {
        var original = in(Status.FORWARDED);
        var duplicate = in(Status.NEW);
        var action = new StaffAction.Reject(RejectionReason.DUPLICATE, "sama lokasinya", null, original.trackingCode());

        var change = workflow.apply(duplicate, action, withOriginal(original));

        assertThat(change.after().rejection().duplicateOf()).isEqualTo(original.trackingCode());
        assertThat(change.linked()).hasValueSatisfying(linked -> {
            assertThat(linked.complaint()).isEqualTo(original.id());
            assertThat(linked.event().type()).isEqualTo(TimelineEvent.Type.MERGED);
            assertThat(linked.event().details()).containsEntry("duplicateId", duplicate.id().value());
        });
    }

    @Test
    void aDuplicateIsNotMergedIntoAClosedOriginalNorIntoItself() {
        var closed = in(Status.CLOSED);
        var duplicate = in(Status.NEW);

        assertThatThrownBy(() -> workflow.apply(duplicate, new StaffAction.Reject(RejectionReason.DUPLICATE, null, null,
                closed.trackingCode()), withOriginal(closed))).isInstanceOf(InvalidAction.class);
        assertThatThrownBy(() -> workflow.apply(duplicate, new StaffAction.Reject(RejectionReason.DUPLICATE, null, null,
                duplicate.trackingCode()), withOriginal(duplicate))).isInstanceOf(InvalidAction.class);
        assertThatThrownBy(() -> workflow.apply(duplicate, new StaffAction.Reject(RejectionReason.DUPLICATE, null, null,
                closed.trackingCode()), context(later))).isInstanceOfSatisfying(InvalidAction.class,
                invalid -> assertThat(invalid.field()).isEqualTo("duplicateOf"));
    }

    @Test
    void assigningRecordsWhoAndGivingBackClearsIt() {
        var assigned = workflow.apply(in(Status.FORWARDED), new StaffAction.Assign(new Assignee("u-9", "Budi")),
                context(later)).after();
        assertThat(assigned.assignee()).isEqualTo(new Assignee("u-9", "Budi"));

        var back = workflow.apply(assigned, new StaffAction.Assign(null), context(later));
        assertThat(back.after().assignee()).isNull();
        assertThat(back.events().getFirst().details()).containsEntry("fromId", "u-9").doesNotContainKey("toId");
        assertThatThrownBy(() -> workflow.apply(back.after(), new StaffAction.Assign(null), context(later)))
                .isInstanceOf(InvalidAction.class);
    }

    @Test
    void aNoteIsRecordedInAnyStatusWithinItsSize() {
        var change = workflow.apply(in(Status.CLOSED), new StaffAction.AddNote("warga menelepon lagi"), context(later));

        assertThat(change.after().status()).isEqualTo(Status.CLOSED);
        assertThat(change.events()).singleElement().satisfies(event ->
                assertThat(event.details()).containsEntry("text", "warga menelepon lagi"));
        assertThatThrownBy(() -> new StaffAction.AddNote("x".repeat(StaffAction.MAX_NOTE + 1)))
                .isInstanceOfSatisfying(InvalidAction.class, invalid -> assertThat(invalid.field()).isEqualTo("text"));
    }

    @Test
    void raisingThePriorityRetargetsTheRunningClocks() {
        var forwarded = in(Status.FORWARDED);

        var change = workflow.apply(forwarded, new StaffAction.ChangePriority(Priority.URGENT, "pohon tumbang"),
                context(later));

        assertThat(change.after().priority()).isEqualTo(Priority.URGENT);
        assertThat(change.after().clocks().priority()).isEqualTo(Priority.URGENT);
        assertThat(change.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TimelineEvent.Type.PRIORITY_CHANGED);
            assertThat(event.reason()).isEqualTo("pohon tumbang");
        });
    }

    private ActionContext withOriginal(Complaint original) {
        var base = context(later);
        return new ActionContext(base.actor(), base.now(), base.units(), base.rules(), Optional.of(original));
    }
}
