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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
                suggestion.notComplaintReason().ifPresent(reason -> fields.put("reason", reason.name()));
                fields.put("unit", suggestion.unit());
                fields.put("candidates", suggestion.candidates().stream()
                        .map(c -> c.unit() + "=" + String.format(Locale.ROOT, "%.3f", c.score()))
                        .collect(Collectors.joining(",")));
                fields.put("topic", suggestion.topic());
                fields.put("priority", suggestion.priority().name());
                fields.put("confidence", String.format(Locale.ROOT, "%.3f", suggestion.confidence()));
                fields.put("evidence", String.join("|", suggestion.evidence()));
                suggestion.office().ifPresent(office -> fields.put("office", office.toString()));
                fields.put("needsDetails", Boolean.toString(suggestion.needsDetails()));
                fields.put("needsLook", Boolean.toString(suggestion.needsLook()));
                if (!suggestion.authenticity().isEmpty()) {
                    fields.put("authenticity", suggestion.authenticity().stream().map(AuthenticitySignal::toString)
                            .collect(Collectors.joining("|")));
                }
                suggestion.duplicate().ifPresent(duplicate -> {
                    fields.put("duplicateOf", duplicate.trackingCode());
                    fields.put("duplicateReason", duplicate.reason().name());
                    fields.put("duplicateExplanation", duplicate.explanation());
                });
            }
        }
        return fields;
    }

    static TriageState decode(Map<String, String> fields) {
        if (fields == null || !"ASSESSED".equals(fields.get("state"))) {
            return TriageState.PENDING;
        }
        var candidates = split(fields.get("candidates"), ",").stream()
                .map(pair -> pair.split("=", 2))
                .map(pair -> new Candidate(pair[0], Double.parseDouble(pair[1])))
                .toList();
        var duplicate = Optional.ofNullable(fields.get("duplicateOf"))
                .map(code -> new DuplicateSuggestion(code, DuplicateReason.valueOf(fields.get("duplicateReason")),
                        fields.get("duplicateExplanation")));
        return new TriageState.Assessed(new TriageSuggestion(Boolean.parseBoolean(fields.get("complaint")),
                Optional.ofNullable(fields.get("reason")).map(NotComplaintReason::valueOf), fields.get("unit"),
                candidates, fields.get("topic"), Priority.valueOf(fields.get("priority")),
                Double.parseDouble(fields.get("confidence")), split(fields.get("evidence"), "\\|"),
                Optional.ofNullable(fields.get("office")).map(LocalOffice::parse),
                Boolean.parseBoolean(fields.get("needsDetails")), Boolean.parseBoolean(fields.get("needsLook")),
                duplicate, split(fields.get("authenticity"), "\\|").stream().map(AuthenticitySignal::parse).toList()));
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
