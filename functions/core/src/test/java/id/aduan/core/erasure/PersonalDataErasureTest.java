package id.aduan.core.erasure;

import static id.aduan.core.erasure.ErasureFixtures.personal;
import static id.aduan.core.erasure.ErasureFixtures.reject;
import static id.aduan.core.erasure.ErasureFixtures.worked;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.PersonalDataErasure;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.workflow.StaffAction;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataErasureTest {

    @Test
    void noUsernameInstagramIdTextNoteReplyOrMediaRemainsInTheComplaintItsMessagesOrItsTimeline() {
        var detail = worked(reject());
        assertThat(detail.toString()).contains(personal());

        var erased = PersonalDataErasure.erase(detail);

        assertThat(personal()).allSatisfy(value -> assertThat(erased.toString()).doesNotContain(value));
        assertThat(erased.complaint().reporter().isErased()).isTrue();
        assertThat(erased.complaint().text()).isEqualTo(PersonalDataErasure.MARKER);
        assertThat(erased.complaint().rejection().note()).isEqualTo(PersonalDataErasure.MARKER);
        assertThat(erased.messages()).allSatisfy(message -> {
            assertThat(message.text()).isEqualTo(PersonalDataErasure.MARKER);
            assertThat(message.media()).isEmpty();
        });
    }

    @Test
    void theFiguresAndTheTimelinesShapeStay() {
        var detail = worked(new StaffAction.Forward(null, null), new StaffAction.StartFollowUp(null),
                new StaffAction.Resolve("ditambal, kata Pak Budi 081234567890"), new StaffAction.Close(null));

        var erased = PersonalDataErasure.erase(detail);

        Complaint before = detail.complaint();
        Complaint after = erased.complaint();
        assertThat(after).extracting(Complaint::id, Complaint::trackingCode, Complaint::status, Complaint::channel,
                        Complaint::unit, Complaint::category, Complaint::priority, Complaint::clocks,
                        Complaint::receivedAt, Complaint::firstResponseAt, Complaint::resolvedAt, Complaint::messageCount,
                        Complaint::triage, Complaint::version, Complaint::revision)
                .containsExactly(before.id(), before.trackingCode(), before.status(), before.channel(), before.unit(),
                        before.category(), before.priority(), before.clocks(), before.receivedAt(),
                        before.firstResponseAt(), before.resolvedAt(), before.messageCount(), before.triage(),
                        before.version(), before.revision());
        assertThat(erased.timeline()).extracting(TimelineEvent::key, TimelineEvent::at, TimelineEvent::actor,
                        TimelineEvent::type)
                .containsExactlyElementsOf(detail.timeline().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.key(), e.at(), e.actor(), e.type())).toList());
        assertThat(erased.timeline()).filteredOn(e -> e.type() == TimelineEvent.Type.STATUS_CHANGED)
                .extracting(e -> e.details().get("to")).containsExactly("VERIFIED", "FORWARDED", "IN_PROGRESS",
                        "RESOLVED", "CLOSED");
        assertThat(erased.messages()).extracting(m -> m.instagramId() + "@" + m.sentAt())
                .containsExactlyElementsOf(detail.messages().stream().map(m -> m.instagramId() + "@" + m.sentAt()).toList());
    }

    @Test
    void erasingTwiceChangesNothingMore() {
        var once = PersonalDataErasure.erase(worked(reject()));

        assertThat(PersonalDataErasure.erase(once)).isEqualTo(once);
    }

    @Test
    void codesIdsAndTimesInTheTimelineStayAndOnlyWrittenTextGoes() {
        var at = Instant.parse("2026-08-04T05:00:00Z");
        var failed = TimelineEvent.replyNotQueued("r-9", "DM", at, Actor.staff("u-1", "Sari"));
        var note = TimelineEvent.noteAdded("note/1", at, Actor.staff("u-1", "Sari"), "alamatnya Jl. Mawar 3");

        assertThat(PersonalDataErasure.erase(failed)).isEqualTo(failed);
        assertThat(PersonalDataErasure.erase(note).details()).isEqualTo(Map.of("text", PersonalDataErasure.MARKER));
        assertThat(PersonalDataErasure.erase(note).actor()).isEqualTo(Actor.staff("u-1", "Sari"));
    }

    @Test
    void aDetailThePrivacyScannerFindsPersonalDataInIsErasedWhateverItsName() {
        var event = new TimelineEvent("k", Instant.parse("2026-08-04T05:00:00Z"), Actor.system("x"),
                TimelineEvent.Type.CONTENT_FETCHED, null, Map.of("instagramId", "1790001", "contact", "0812-3456-7890"));

        assertThat(PersonalDataErasure.erase(event).details())
                .isEqualTo(Map.of("instagramId", "1790001", "contact", PersonalDataErasure.MARKER));
    }
}
