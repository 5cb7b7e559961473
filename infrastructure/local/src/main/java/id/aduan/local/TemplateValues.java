package id.aduan.local;

import java.util.List;
import java.util.Map;

/** Reading values of template.yaml: nested mappings, and the logical ids that {@code !Ref} and {@code !GetAtt} name. */
final class TemplateValues {

    private TemplateValues() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** {@code !Ref X} or {@code !GetAtt X.Arn} give {@code X}. */
    static String logicalId(Object value, String where) {
        var map = map(value);
        if (map.get("Ref") instanceof String ref) {
            return ref;
        }
        if (map.get("Fn::GetAtt") instanceof List<?> attribute && !attribute.isEmpty()) {
            return String.valueOf(attribute.getFirst());
        }
        throw new IllegalArgumentException(where + " must be a !Ref or !GetAtt to a resource of template.yaml, not "
                + value);
    }
}
