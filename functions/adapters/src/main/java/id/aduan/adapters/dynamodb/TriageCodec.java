package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.triage.AuthenticitySignal;
import id.aduan.core.triage.Candidate;
import id.aduan.core.triage.DuplicateReason;
import id.aduan.core.triage.DuplicateSuggestion;
import id.aduan.core.triage.LocalOffice;
import id.aduan.core.triage.NotComplaintReason;
import id.aduan.core.triage.TriageSuggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Stores triage's suggestion as a flat map of strings, readable in the DynamoDB console:
 * {@code candidates} as {@code UNIT=0.912,UNIT=0.040}, {@code evidence} as words joined by {@code |}, {@code authenticity} as
 * {@code KIND:detail} joined by {@code |}.
 */
final class TriageCodec {

    private TriageCodec() {
    }

    static Map<String, String> encode(TriageState state) {
        var fields = new HashMap<String, String>();
        switch (state) {
            case TriageState.Pending pending -> fields.put("state", "PENDING");
            case TriageState.Assessed(var suggestion) -> {
                fields.put("state", "ASSESSED");
                fields.put("complaint", Boolean.toString(suggestion.complaint()));
                if (suggestion.notComplaintReason().isPresent()) {
                    fields.put("reason", suggestion.notComplaintReason().get().name());
                }
                fields.put("unit", suggestion.unit());
                fields.put("candidates", candidates(suggestion.candidates()));
                fields.put("topic", suggestion.topic());
                fields.put("priority", suggestion.priority().name());
                fields.put("confidence", score(suggestion.confidence()));
                fields.put("evidence", String.join("|", suggestion.evidence()));
                if (suggestion.office().isPresent()) {
                    fields.put("office", suggestion.office().get().toString());
                }
                fields.put("needsDetails", Boolean.toString(suggestion.needsDetails()));
                fields.put("needsLook", Boolean.toString(suggestion.needsLook()));
                if (!suggestion.authenticity().isEmpty()) {
                    var signals = new StringJoiner("|");
                    for (var signal : suggestion.authenticity()) {
                        signals.add(signal.toString());
                    }
                    fields.put("authenticity", signals.toString());
                }
                if (suggestion.duplicate().isPresent()) {
                    var duplicate = suggestion.duplicate().get();
                    fields.put("duplicateOf", duplicate.trackingCode());
                    fields.put("duplicateReason", duplicate.reason().name());
                    fields.put("duplicateExplanation", duplicate.explanation());
                }
            }
        }
        return fields;
    }

    static TriageState decode(Map<String, String> fields) {
        if (fields == null || !"ASSESSED".equals(fields.get("state"))) {
            return TriageState.PENDING;
        }
        var candidates = new ArrayList<Candidate>();
        for (var pair : split(fields.get("candidates"), ",")) {
            var unitAndScore = pair.split("=", 2);
            candidates.add(new Candidate(unitAndScore[0], Double.parseDouble(unitAndScore[1])));
        }
        var authenticity = new ArrayList<AuthenticitySignal>();
        for (var signal : split(fields.get("authenticity"), "\\|")) {
            authenticity.add(AuthenticitySignal.parse(signal));
        }
        var code = fields.get("duplicateOf");
        var duplicate = code == null ? Optional.<DuplicateSuggestion>empty() : Optional.of(new DuplicateSuggestion(code,
                DuplicateReason.valueOf(fields.get("duplicateReason")), fields.get("duplicateExplanation")));
        var reason = fields.get("reason");
        var office = fields.get("office");
        return new TriageState.Assessed(new TriageSuggestion(Boolean.parseBoolean(fields.get("complaint")),
                reason == null ? Optional.empty() : Optional.of(NotComplaintReason.valueOf(reason)), fields.get("unit"),
                List.copyOf(candidates), fields.get("topic"), Priority.valueOf(fields.get("priority")),
                Double.parseDouble(fields.get("confidence")), split(fields.get("evidence"), "\\|"),
                office == null ? Optional.empty() : Optional.of(LocalOffice.parse(office)),
                Boolean.parseBoolean(fields.get("needsDetails")), Boolean.parseBoolean(fields.get("needsLook")),
                duplicate, List.copyOf(authenticity)));
    }

    /**
     * {@code score} to three decimals, rounded half up, as {@code String.format(Locale.ROOT, "%.3f", score)}
     * writes it ({@code TriageCodecTest} holds the two equal), without the formatter and the locale data it
     * loads on every complaint written.
     */
    static String score(double score) {
        if (!Double.isFinite(score)) {
            return Double.toString(score);
        }
        var rounded = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
        var negative = score < 0 || Double.doubleToRawLongBits(score) == Long.MIN_VALUE;
        return negative && rounded.signum() == 0 ? "-" + rounded.toPlainString() : rounded.toPlainString();
    }

    private static String candidates(List<Candidate> candidates) {
        var joined = new StringJoiner(",");
        for (var candidate : candidates) {
            joined.add(candidate.unit() + "=" + score(candidate.score()));
        }
        return joined.toString();
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
