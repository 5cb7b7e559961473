package id.aduan.core.triage;

import id.aduan.core.kernel.JsonText;
import java.util.List;

/** Writes a {@link TriageResult} as one line of JSON, the command line's output contract. */
final class JsonLine {

    private JsonLine() {}

    static String of(TriageResult result) {
        var json = new StringBuilder(256);
        json.append("{\"complaint\":").append(result.complaint());
        json.append(",\"unit\":");
        JsonText.quote(json, result.unit());
        json.append(",\"candidates\":[");
        List<Candidate> candidates = result.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            json.append(i == 0 ? "{\"unit\":" : ",{\"unit\":");
            JsonText.quote(json, candidates.get(i).unit());
            json.append(",\"score\":").append(number(candidates.get(i).score())).append('}');
        }
        json.append("],\"topic\":");
        JsonText.quote(json, result.topic());
        json.append(",\"priority\":");
        JsonText.quote(json, result.priority().name());
        json.append(",\"confidence\":").append(number(result.confidence()));
        json.append(",\"reason\":");
        result.notComplaintReason().ifPresentOrElse(reason -> {
            json.append("{\"rejection\":");
            JsonText.quote(json, reason.rejection().name());
            json.append(",\"kind\":");
            JsonText.quote(json, reason.name());
            json.append(",\"label\":");
            JsonText.quote(json, reason.label());
            json.append('}');
        }, () -> json.append("null"));
        json.append(",\"office\":");
        result.office().ifPresentOrElse(office -> {
            json.append("{\"code\":");
            JsonText.quote(json, office.code());
            json.append(",\"kind\":");
            JsonText.quote(json, office.kind().name());
            json.append(",\"name\":");
            JsonText.quote(json, office.name());
            json.append('}');
        }, () -> json.append("null"));
        json.append(",\"needsDetails\":").append(result.needsDetails());
        json.append(",\"needsLook\":").append(result.needsLook());
        json.append(",\"evidence\":[");
        for (int i = 0; i < result.evidence().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            JsonText.quote(json, result.evidence().get(i));
        }
        json.append("],\"personalData\":[");
        for (int i = 0; i < result.personalData().size(); i++) {
            PersonalDataSpan span = result.personalData().get(i);
            json.append(i == 0 ? "{\"kind\":" : ",{\"kind\":");
            JsonText.quote(json, span.kind().name());
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

}
