package id.aduan.core.erasure;

import id.aduan.core.access.Access;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.PersonalDataErasure;
import id.aduan.core.complaint.PersonalDataErasure.Basis;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.kernel.ConcurrentChangeException;
import id.aduan.core.language.Phrase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Erases reporters' personal data: every complaint of a citizen who asks (open ones too: it is their
 * right, and their SLA clocks keep running), and closed complaints once the retention period is over.
 */
public final class PersonalDataEraser {

    /** A complaint written meanwhile is read again and erased again, this many times. */
    private static final int ATTEMPTS = 3;
    static final Actor RETENTION_JOB = Actor.system("retention");

    private final PersonalDataStore store;
    private final RetentionPolicy policy;
    private final Clock clock;

    public PersonalDataEraser(PersonalDataStore store, RetentionPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** A citizen's erasure request, carried out by an admin: the tracking codes of the complaints erased. */
    public List<TrackingCode> eraseCitizen(StaffMember admin, String instagramUserId, String reason) {
        if (!Access.mayErasePersonalData(admin)) {
            throw new NotPermitted(Phrase.of("error.forbidden.erasure"));
        }
        var erased = new ArrayList<TrackingCode>();
        for (ComplaintId id : store.reportedBy(instagramUserId)) {
            var record = PersonalDataErasure.recorded(clock.instant(), Actor.staff(admin.id(), admin.name()),
                    Basis.CITIZEN_REQUEST, reason);
            erase(id, record, true).ifPresent(erased::add);
        }
        return List.copyOf(erased);
    }

    /** One run of the retention job: at most {@code limit} complaints, the rest in the next run. */
    public RetentionRun eraseExpired(int limit) {
        var now = clock.instant();
        var candidates = store.closedBefore(policy.closedBefore(now), limit);
        int erased = 0;
        int notYet = 0;
        for (ComplaintId id : candidates) {
            var detail = store.load(id);
            if (detail.isEmpty()) {
                continue;
            }
            if (!policy.expired(detail.get(), now)) {
                store.closedAt(id, RetentionPolicy.closedAt(detail.get()));
                notYet++;
                continue;
            }
            var record = PersonalDataErasure.recorded(now, RETENTION_JOB, Basis.RETENTION_PERIOD, null);
            if (erase(id, record, false).isPresent()) {
                erased++;
            }
        }
        return new RetentionRun(erased, notYet, candidates.size() == limit);
    }

    /**
     * Erases one complaint, reading it again when it changed meanwhile; empty when it is gone, already
     * erased, or (for the retention job) no longer closed.
     */
    private Optional<TrackingCode> erase(ComplaintId id, TimelineEvent record, boolean evenWhileOpen) {
        for (int attempt = 1; ; attempt++) {
            var detail = store.load(id).orElse(null);
            if (detail == null || detail.complaint().reporter().isErased()
                    || !evenWhileOpen && !policy.expired(detail, record.at())) {
                return Optional.empty();
            }
            try {
                store.erase(detail, PersonalDataErasure.erase(detail), record);
                return Optional.of(detail.complaint().trackingCode());
            } catch (ConcurrentChangeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** What a run of the retention job did, and whether more may be waiting. */
    public record RetentionRun(int erased, int notYetExpired, boolean more) {

        /** The runs of one invocation (one per tenant) as one: more is left when any tenant has more. */
        public static RetentionRun together(Collection<RetentionRun> runs) {
            return new RetentionRun(runs.stream().mapToInt(RetentionRun::erased).sum(),
                    runs.stream().mapToInt(RetentionRun::notYetExpired).sum(),
                    runs.stream().anyMatch(RetentionRun::more));
        }
    }
}
