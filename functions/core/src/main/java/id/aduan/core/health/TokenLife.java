package id.aduan.core.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the token in a secret was issued and when it expires, as far as Aduan knows: a token put in by
 * hand carries neither until it is first refreshed.
 */
public record TokenLife(Optional<Instant> issuedAt, Optional<Instant> expiresAt) {

    public TokenLife {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static TokenLife unknown() {
        return new TokenLife(Optional.empty(), Optional.empty());
    }

    public static TokenLife issued(Instant at, Duration lifetime) {
        return new TokenLife(Optional.of(at), Optional.of(at.plus(lifetime)));
    }
}
