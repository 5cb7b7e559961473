package id.aduan.core.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an Instagram user token is refreshed and when operations are warned that a token lapses.
 * Meta refreshes a long-lived token that is at least a day old and not expired, for another 60 days.
 * Aduan refreshes it as soon as it may (every run once it is a day old), so it always has more than 58
 * days left and a failing refresh has weeks of retries before the first warning. A token older than 50
 * days means the refreshes failed for a long time: it is refreshed at once and operations are told.
 */
public final class TokenPolicy {

    /** Meta refuses to refresh a token younger than this. */
    public static final Duration YOUNGEST_REFRESH = Duration.ofHours(24);
    /** A token this old should have been refreshed long ago. */
    public static final Duration OVERDUE_AFTER = Duration.ofDays(50);
    /** Operations are warned this many days before a token lapses, each threshold once per token. */
    public static final List<Integer> WARNING_DAYS = List.of(10, 3, 1);

    public enum Refresh {
        /** Younger than a day: Meta would refuse. */
        NOT_YET,
        DUE,
        /** Older than 50 days: refresh at once and tell operations why it came to that. */
        OVERDUE,
        /** Put in by hand: its age is unknown, so refresh it to learn its expiry. */
        AGE_UNKNOWN
    }

    private TokenPolicy() {
    }

    public static Refresh refresh(TokenLife life, Instant now) {
        if (life.issuedAt().isEmpty()) {
            return Refresh.AGE_UNKNOWN;
        }
        var age = Duration.between(life.issuedAt().get(), now);
        if (age.compareTo(YOUNGEST_REFRESH) < 0) {
            return Refresh.NOT_YET;
        }
        return age.compareTo(OVERDUE_AFTER) > 0 ? Refresh.OVERDUE : Refresh.DUE;
    }

    /**
     * The most urgent warning threshold (in days) the token has reached, if any. Only that one is
     * raised: a token found with two days left gets the three-day warning, never a late ten-day one.
     */
    public static Optional<Integer> warningDays(Instant lapsesAt, Instant now) {
        var left = Duration.between(now, lapsesAt);
        return WARNING_DAYS.stream()
                .sorted()
                .filter(days -> left.compareTo(Duration.ofDays(days)) <= 0)
                .findFirst();
    }
}
