package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The suggestion triage makes for one message, for a person to confirm with one click.
 *
 * @param complaint          whether the message is a complaint to track
 * @param notComplaintReason why not, when it is not (its {@link NotComplaintReason#rejection()} says
 *                           NOT_A_COMPLAINT or SPAM)
 * @param unit               the code of the unit that should handle it (for a question: the unit that
 *                           can answer it)
 * @param candidates         the best units, best first, with the router's belief in each
 * @param topic              a short Indonesian label: "Jalan rusak", "PJU mati", "Spam"
 * @param priority           URGENT, HIGH, NORMAL or LOW (LOW for everything that is not a complaint)
 * @param confidence         0..1: how sure triage is of both the verdict and the unit
 * @param evidence           the words that drove the decision, strongest first
 * @param personalData       phone numbers, NIK/KK numbers and e-mail addresses found, to mask
 * @param places             the places the message names, for duplicate detection
 * @param office             the kelurahan, desa or kecamatan office the message names, when the gazetteer
 *                           can tell which
 * @param needsDetails       true when the reporter should be asked what and where (a story mention
 *                           with no text, a message that names no matter)
 * @param needsLook          true for a doubtful complaint: it reads like chat, praise or a question, or
 *                           like what staff rejected before, but may be a complaint; staff decide
 */
public record TriageResult(
        boolean complaint,
        Optional<NotComplaintReason> notComplaintReason,
        String unit,
        List<Candidate> candidates,
        String topic,
        Priority priority,
        double confidence,
        List<String> evidence,
        List<PersonalDataSpan> personalData,
        List<Place> places,
        Optional<LocalOffice> office,
        boolean needsDetails,
        boolean needsLook) {

    public TriageResult {
        Objects.requireNonNull(notComplaintReason, "notComplaintReason");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(office, "office");
        if (complaint == notComplaintReason.isPresent()) {
            throw new IllegalArgumentException("a complaint has no reason not to be one, and anything else has one");
        }
        if (needsLook && !complaint) {
            throw new IllegalArgumentException("only a complaint is kept for a look");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        candidates = List.copyOf(candidates);
        evidence = List.copyOf(evidence);
        personalData = List.copyOf(personalData);
        places = List.copyOf(places);
    }

    /** NOT_A_COMPLAINT or SPAM, when the message is not a complaint. */
    public Optional<Rejection> rejection() {
        return notComplaintReason.map(NotComplaintReason::rejection);
    }
}
