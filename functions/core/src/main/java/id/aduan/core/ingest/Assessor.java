package id.aduan.core.ingest;

import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.triage.Authenticity;
import id.aduan.core.triage.DuplicateFeatures;
import id.aduan.core.triage.DuplicateSuggestion;
import id.aduan.core.triage.Duplicates;
import id.aduan.core.triage.EarlierComplaint;
import id.aduan.core.triage.Triage;
import id.aduan.core.triage.TriageSuggestion;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Looks at a message that opens a complaint: triage (complaint or not, unit, priority), a possible
 * duplicate among recent open complaints of the same unit, what supports or weakens it (a place named,
 * media, the same text from other accounts, bot-like writing, how the reporter's earlier complaints
 * ended), and the SLA clocks, which start only for what triage judges a complaint (staff verifying
 * anything else starts them then).
 */
public final class Assessor {

    /** Duplicates are looked for among this many recent complaints of the suggested unit. */
    private static final int CANDIDATES = 50;
    /** A reporter's history is read back this far: enough to see a habit, bounded in cost. */
    private static final int EARLIER_COMPLAINTS = 20;

    private final Supplier<Triage> triage;
    private final Duplicates duplicates;
    private final DuplicateCandidates candidates;
    private final TextEchoes echoes;
    private final ReporterHistory history;
    private final Supplier<SlaRules> rules;

    /** Triage and the SLA rules are suppliers: both can change at run time (learned model, admin edits). */
    public Assessor(Supplier<Triage> triage, Duplicates duplicates, DuplicateCandidates candidates,
                    TextEchoes echoes, ReporterHistory history, Supplier<SlaRules> rules) {
        this.triage = triage;
        this.duplicates = duplicates;
        this.candidates = candidates;
        this.echoes = echoes;
        this.history = history;
        this.rules = rules;
    }

    /**
     * @param threadKey the conversation the message belongs to (root comment or DM sender)
     * @param pending   true when the text is still to be fetched (a mention): triage waits for it
     */
    public Assessment assess(ReporterMessage opening, String reporterId, String threadKey, boolean pending) {
        if (pending) {
            var clocks = ComplaintClocks.onReceived(opening.sentAt(), Priority.NORMAL, "", rules.get());
            return new Assessment(TriageState.PENDING, Priority.NORMAL, clocks, null);
        }
        var engine = triage.get();
        var result = engine.assess(opening.text());
        var features = DuplicateFeatures.of(opening.text() == null ? "" : opening.text(), result, reporterId,
                threadKey, opening.sentAt());
        var duplicate = result.complaint() && opening.text() != null
                ? duplicates.suggest(features,
                        candidates.recent(result.unit(), opening.sentAt().minus(duplicates.window()), CANDIDATES))
                : Optional.<DuplicateSuggestion>empty();
        var clocks = result.complaint()
                ? ComplaintClocks.onReceived(opening.sentAt(), result.priority(), result.topic(), rules.get())
                : null;
        int otherAccounts = Authenticity.textKey(engine.normalize(opening.text()))
                .map(key -> echoes.otherAccounts(key, Authenticity.accountKey(reporterId), opening.sentAt()))
                .orElse(0);
        var earlier = reporterId == null || reporterId.isEmpty() ? List.<EarlierComplaint>of()
                : history.earlier(reporterId, opening.sentAt(), EARLIER_COMPLAINTS);
        var mediaTypes = opening.media().stream().map(MediaRef::type).toList();
        var authenticity = Authenticity.of(opening.text(), mediaTypes, result, otherAccounts, earlier);
        return new Assessment(new TriageState.Assessed(TriageSuggestion.of(result, duplicate, authenticity)),
                result.priority(),
                clocks, result.complaint() ? features : null);
    }
}
