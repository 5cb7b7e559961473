package id.aduan.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.Role;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.IngestionOutcome;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.instagram.InstagramClient;
import id.aduan.core.instagram.RecordingInstagram;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff hiding a reporter's comment on Instagram, on the in-memory table ingestion filled. */
class CommentModerationTest {

    private static final Instant RECEIVED = Instant.parse("2026-08-04T02:00:00Z");
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final StaffMember TRIAGE = new StaffMember("t-1", "Tia", Set.of(Role.TRIAGE), null);
    private static final String COMMENT = "1790001";

    private final InMemoryTable table = new InMemoryTable();
    private final Clock clock = Clock.fixed(RECEIVED.plusSeconds(600), ZoneOffset.UTC);
    private final RecordingInstagram instagram = new RecordingInstagram("6123");

    @Test
    void aHiddenCommentIsHiddenOnInstagramAndRecordedAsAStaffDecision() {
        var complaint = receivedAsComment();

        var hidden = moderation(instagram).hide(TRIAGE, complaint.trackingCode().value(), complaint.version());

        assertThat(instagram.calls()).containsExactly("hide " + COMMENT);
        assertThat(hidden.version()).isEqualTo(complaint.version() + 1);
        assertThat(table.timeline(complaint.id()))
                .filteredOn(event -> event.type() == TimelineEvent.Type.COMMENT_HIDDEN)
                .singleElement().satisfies(event -> {
                    assertThat(event.details()).containsEntry("instagramId", COMMENT).containsEntry("hidden", "true");
                    assertThat(event.actor()).isEqualTo(TRIAGE.actor());
                });
    }

    @Test
    void aCommentHiddenBeforeIsNotHiddenAgain() {
        var complaint = receivedAsComment();
        var hidden = moderation(instagram).hide(TRIAGE, complaint.trackingCode().value(), complaint.version());

        assertThatThrownBy(() -> moderation(instagram).hide(TRIAGE, complaint.trackingCode().value(), hidden.version()))
                .isInstanceOfSatisfying(ActionConflict.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("ALREADY_HIDDEN"));
        assertThat(instagram.calls()).hasSize(1);
    }

    @Test
    void aComplaintThatCameByDirectMessageHasNoCommentToHide() {
        var ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        var complaint = table.findComplaint(Ingestions.complaintByDirectMessage(ingestion, "m-1", "6123", RECEIVED))
                .orElseThrow();

        assertThatThrownBy(() -> moderation(instagram).hide(TRIAGE, complaint.trackingCode().value(),
                complaint.version())).isInstanceOfSatisfying(ActionConflict.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("NOT_A_COMMENT"));
        assertThat(instagram.calls()).isEmpty();
    }

    @Test
    void whenInstagramRefusesNothingIsRecorded() {
        var complaint = receivedAsComment();

        assertThatThrownBy(() -> moderation(RecordingInstagram.refusingAsInvalid())
                .hide(TRIAGE, complaint.trackingCode().value(), complaint.version()))
                .isInstanceOfSatisfying(InstagramRefused.class,
                        refused -> assertThat(refused.failure().message()).isEqualTo("comment not found"));
        assertThat(table.timeline(complaint.id())).extracting(TimelineEvent::type)
                .doesNotContain(TimelineEvent.Type.COMMENT_HIDDEN);
        assertThat(table.findComplaint(complaint.id()).orElseThrow().version()).isEqualTo(complaint.version());
    }

    @Test
    void aStaleVersionIsRefusedBeforeInstagramIsAsked() {
        var complaint = receivedAsComment();

        assertThatThrownBy(() -> moderation(instagram).hide(TRIAGE, complaint.trackingCode().value(),
                complaint.version() - 1)).isInstanceOf(VersionConflict.class);
        assertThat(instagram.calls()).isEmpty();
    }

    @Test
    void aViewerMayNotHideAComment() {
        var complaint = receivedAsComment();
        var viewer = new StaffMember("v-1", "Vina", Set.of(Role.VIEWER), Access.EVERY_UNIT);

        assertThatThrownBy(() -> moderation(instagram).hide(viewer, complaint.trackingCode().value(),
                complaint.version())).isInstanceOf(NotPermitted.class);
        assertThat(instagram.calls()).isEmpty();
    }

    @Test
    void aChangeWhileInstagramHidesTheCommentDoesNotLoseTheRecord() {
        var complaint = receivedAsComment();
        var staffChangeMeanwhile = new CommentModeration(table, table, account -> {
            var read = table.findComplaint(complaint.id()).orElseThrow();
            table.record(read, read.toBuilder().version(read.version() + 1).build(), List.of(), List.of());
            return instagram;
        }, clock);

        var hidden = staffChangeMeanwhile.hide(TRIAGE, complaint.trackingCode().value(), complaint.version());

        assertThat(instagram.calls()).containsExactly("hide " + COMMENT);
        assertThat(hidden.version()).isEqualTo(complaint.version() + 2);
        assertThat(table.timeline(complaint.id())).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.COMMENT_HIDDEN);
    }

    private CommentModeration moderation(InstagramClient client) {
        return new CommentModeration(table, table, account -> client, clock);
    }

    private Complaint receivedAsComment() {
        var ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        var outcome = ingestion.apply(new InstagramChange.CitizenComment(Ingestions.ACCOUNT, COMMENT, null,
                new Reporter("6123", "warga"), "Jalan di Jl. Cibiru Hilir berlubang besar, bahaya buat motor",
                "1800001", "FEED", false, RECEIVED, null));
        return table.findComplaint(((IngestionOutcome.Created) outcome).id()).orElseThrow();
    }
}
