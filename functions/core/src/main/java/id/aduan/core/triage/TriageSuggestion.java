package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage suggested for a complaint, as kept with it for staff to confirm: the verdict and its
 * reason, the unit with the runners-up, topic, priority, confidence, the words that drove it, the local office named, whether
 * it is a doubtful complaint for staff to look at, and a possible duplicate. (Personal data spans and places are derived from the text when needed.)
 */
public record TriageSuggestion(boolean complaint, Optional<NotComplaintReason> notComplaintReason, String unit,
                               List<Candidate> candidates, String topic, Priority priority, double confidence,
                               List<String> evidence, Optional<LocalOffice> office, boolean needsDetails,
                               boolean needsLook, Optional<DuplicateSuggestion> duplicate,
                               List<AuthenticitySignal> authenticity) {

    public TriageSuggestion {
        Objects.requireNonNull(notComplaintReason, "notComplaintReason");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(duplicate, "duplicate");
        candidates = List.copyOf(candidates);
        evidence = List.copyOf(evidence);
        authenticity = List.copyOf(authenticity);
    }

    public static TriageSuggestion of(TriageResult result, Optional<DuplicateSuggestion> duplicate,
                                      List<AuthenticitySignal> authenticity) {
        return new TriageSuggestion(result.complaint(), result.notComplaintReason(), result.unit(),
                result.candidates(), result.topic(), result.priority(), result.confidence(), result.evidence(),
                result.office(), result.needsDetails(), result.needsLook(), duplicate, authenticity);
    }

    /** The suggestion sending the complaint to {@code other} instead, with the reason among its evidence. */
    public TriageSuggestion routedTo(String other, String reason) {
        var because = new ArrayList<>(evidence);
        because.add(reason);
        return new TriageSuggestion(complaint, notComplaintReason, other, candidates, topic, priority, confidence,
                because, office, needsDetails, needsLook, duplicate, authenticity);
    }

    public Optional<Rejection> rejection() {
        return notComplaintReason.map(NotComplaintReason::rejection);
    }
}
