package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.digest.ComplaintSnapshot;
import id.aduan.core.kernel.Status;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link id.aduan.core.digest.DigestSource}: the complaints a digest counts, by status and by when they came. */
public abstract class DigestSourceContract extends StoreContract {

    protected DigestSourceContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void theComplaintsInTheAskedStatusesAndNoOthers() {
        var fresh = opened(newComplaint(RECEIVED));
        var forwarded = forwarded(opened(newComplaint(RECEIVED.plusSeconds(60))));
        var open = opened(newComplaint(RECEIVED.plusSeconds(120)));
        var closed = rewritten(open, open.toBuilder().status(Status.CLOSED).build());

        assertThat(digest().inStatus(Set.of(Status.NEW))).extracting(ComplaintSnapshot::id).containsExactly(fresh.id());
        assertThat(digest().inStatus(Set.of(Status.FORWARDED, Status.IN_PROGRESS))).extracting(ComplaintSnapshot::id)
                .containsExactly(forwarded.id());
        assertThat(digest().inStatus(Set.of(Status.CLOSED, Status.REJECTED))).extracting(ComplaintSnapshot::id)
                .containsExactly(closed.id());
        assertThat(digest().inStatus(Set.of(Status.RESOLVED))).isEmpty();
    }

    @Test
    void aSnapshotCarriesTheUnitTheFirstResponseAndWhetherTheClocksRun() {
        var complaint = opened(newComplaint(RECEIVED));
        var answeredAt = RECEIVED.plusSeconds(900);
        var answered = forwarded(rewritten(complaint, complaint.answered(answeredAt, RULES)));
        var notJudged = opened(newComplaint(RECEIVED.plusSeconds(60)));
        rewritten(notJudged, notJudged.toBuilder().clocks(null).build());

        assertThat(digest().inStatus(Set.of(Status.FORWARDED))).containsExactly(new ComplaintSnapshot(answered.id(),
                Status.FORWARDED, "PERHUBUNGAN", RECEIVED, answeredAt, true));
        assertThat(digest().inStatus(Set.of(Status.NEW))).containsExactly(new ComplaintSnapshot(notJudged.id(),
                Status.NEW, null, RECEIVED.plusSeconds(60), null, false));
    }

    @Test
    void receivedBetweenTakesItsStartLeavesItsEndAndOnlyTheAskedStatuses() {
        var atStart = opened(newComplaint(RECEIVED));
        var inside = forwarded(opened(newComplaint(RECEIVED.plusSeconds(3_600))));
        var closedInside = opened(newComplaint(RECEIVED.plusSeconds(4_000)));
        closedInside = rewritten(closedInside, closedInside.toBuilder().status(Status.CLOSED).build());
        opened(newComplaint(RECEIVED.plus(Duration.ofHours(2))));
        opened(newComplaint(RECEIVED.minusMillis(1)));
        var window = RECEIVED.plus(Duration.ofHours(2));

        assertThat(digest().receivedBetween(EnumSet.allOf(Status.class), RECEIVED, window))
                .extracting(ComplaintSnapshot::id).containsExactlyInAnyOrder(atStart.id(), inside.id(), closedInside.id());
        assertThat(digest().receivedBetween(Set.of(Status.NEW, Status.CLOSED), RECEIVED, window))
                .extracting(ComplaintSnapshot::id).containsExactlyInAnyOrder(atStart.id(), closedInside.id());
    }

    /** Forwarded to the transport agency, as triage and staff would. */
    private Complaint forwarded(Complaint complaint) {
        return rewritten(complaint, complaint.toBuilder().status(Status.FORWARDED).unit("PERHUBUNGAN").build());
    }
}
