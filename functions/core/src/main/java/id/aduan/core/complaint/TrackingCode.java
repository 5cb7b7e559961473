package id.aduan.core.complaint;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short code a citizen sees in every reply (for example {@code ADU-7K3Q9}) and quotes when they
 * ask about their complaint. Random rather than sequential so that codes reveal nothing about
 * volumes; uniqueness is enforced by the store.
 */
public record TrackingCode(String value) {

    private static final String PREFIX = "ADU-";
    private static final int LENGTH = 5;
    private static final Pattern FORMAT = Pattern.compile("ADU-[0-9A-HJKMNP-TV-Z]{5}");

    public TrackingCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tracking code: " + value);
        }
    }

    public static TrackingCode random(RandomGenerator random) {
        var code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(Base32.ALPHABET.charAt(random.nextInt(32)));
        }
        return new TrackingCode(code.toString());
    }

    /** Reads a code as a citizen or staff member may type it: any case, O for 0, I or L for 1. */
    public static TrackingCode parseLenient(String typed) {
        var normalised = typed.strip().toUpperCase(Locale.ROOT);
        if (!normalised.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a tracking code: " + typed);
        }
        var body = normalised.substring(PREFIX.length()).replace('O', '0').replace('I', '1').replace('L', '1');
        return new TrackingCode(PREFIX + body);
    }

    @Override
    public String toString() {
        return value;
    }
}
