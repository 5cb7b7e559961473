package id.aduan.core.triage;

import java.util.List;
import java.util.Locale;

/** Writes a {@link TriageResult} as one line of JSON, the command line's output contract. */
final class JsonLine {

    private JsonLine() {}

    static String of(TriageResult result) {
        var json = new StringBuilder(256);
        json.append("{\"complaint\":").append(result.complaint());
        json.append(",\"unit\":");
        string(json, result.unit());
        json.append(",\"candidates\":[");
        List<Candidate> candidates = result.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            json.append(i == 0 ? "{\"unit\":" : ",{\"unit\":");
            string(json, candidates.get(i).unit());
            json.append(",\"score\":").append(number(candidates.get(i).score())).append('}');
        }
        json.append("],\"topic\":");
        string(json, result.topic());
        json.append(",\"priority\":");
        string(json, result.priority().name());
        json.append(",\"confidence\":").append(number(result.confidence()));
        json.append(",\"reason\":");
        result.notComplaintReason().ifPresentOrElse(reason -> {
            json.append("{\"rejection\":");
            string(json, reason.rejection().name());
            json.append(",\"kind\":");
            string(json, reason.name());
            json.append(",\"label\":");
            string(json, reason.label());
            json.append('}');
        }, () -> json.append("null"));
        json.append(",\"office\":");
        result.office().ifPresentOrElse(office -> {
            json.append("{\"code\":");
            string(json, office.code());
            json.append(",\"kind\":");
            string(json, office.kind().name());
            json.append(",\"name\":");
            string(json, office.name());
            json.append('}');
        }, () -> json.append("null"));
        json.append(",\"needsDetails\":").append(result.needsDetails());
        json.append(",\"needsLook\":").append(result.needsLook());
        json.append(",\"evidence\":[");
        for (int i = 0; i < result.evidence().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, result.evidence().get(i));
        }
        json.append("],\"personalData\":[");
        for (int i = 0; i < result.personalData().size(); i++) {
            PersonalDataSpan span = result.personalData().get(i);
            json.append(i == 0 ? "{\"kind\":" : ",{\"kind\":");
            string(json, span.kind().name());
            json.append(",\"start\":").append(span.start()).append(",\"end\":").append(span.end()).append('}');
        }
        return json.append("]}").toString();
    }

    /** At most three decimals, no trailing zeros: 0.5, 0.123, 1. */
    static String number(double value) {
        long thousandths = Math.round(value * 1000);
        var text = new StringBuilder().append(thousandths / 1000);
        long fraction = Math.abs(thousandths % 1000);
        if (fraction != 0) {
            String digits = String.valueOf(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
