package id.aduan.core.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A complaint's internal id: a ULID (26 Crockford base-32 characters, time first), so ids sort by
 * the time the complaint was received.
 */
public record ComplaintId(String value) implements Comparable<ComplaintId> {

    private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

    public ComplaintId {
        Objects.requireNonNull(value, "value");
        if (!ULID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a complaint id: " + value);
        }
    }

    public static ComplaintId generate(Instant at, RandomGenerator random) {
        var chars = new char[26];
        long millis = at.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            chars[i] = Base32.ALPHABET.charAt((int) (millis & 31));
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            chars[i] = Base32.ALPHABET.charAt(random.nextInt(32));
        }
        return new ComplaintId(new String(chars));
    }

    public static boolean isValid(String value) {
        return value != null && ULID.matcher(value).matches();
    }

    @Override
    public int compareTo(ComplaintId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
