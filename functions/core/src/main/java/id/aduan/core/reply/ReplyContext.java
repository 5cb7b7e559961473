package id.aduan.core.reply;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The values a template is filled with, taken from one complaint. */
public record ReplyContext(Map<Placeholder, String> values) {

    public ReplyContext {
        values.values().forEach(value -> Objects.requireNonNull(value, "placeholder value"));
        if (!values.containsKey(Placeholder.TRACKING_CODE) || values.get(Placeholder.TRACKING_CODE).isBlank()) {
            throw new IllegalArgumentException("a reply context needs the complaint's tracking code");
        }
        values = Map.copyOf(values);
    }

    public static ReplyContext forComplaint(String trackingCode) {
        return new ReplyContext(Map.of(Placeholder.TRACKING_CODE, trackingCode));
    }

    public ReplyContext withUnit(String unitName) {
        return with(Placeholder.UNIT, unitName);
    }

    public ReplyContext withReferral(String whereToGoInstead) {
        return with(Placeholder.REFERRAL, whereToGoInstead);
    }

    public ReplyContext withOriginal(String originalTrackingCode) {
        return with(Placeholder.ORIGINAL_CODE, originalTrackingCode);
    }

    public String trackingCode() {
        return values.get(Placeholder.TRACKING_CODE);
    }

    public Optional<String> value(Placeholder placeholder) {
        return Optional.ofNullable(values.get(placeholder));
    }

    private ReplyContext with(Placeholder placeholder, String value) {
        var copy = new EnumMap<>(values);
        copy.put(placeholder, Objects.requireNonNull(value, placeholder.token()));
        return new ReplyContext(copy);
    }
}
