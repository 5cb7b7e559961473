package id.aduan.core.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What Meta's debug_token says about a token. Either time is empty when Meta says it never comes (0).
 *
 * @param expiresAt when the token itself expires
 * @param dataAccessExpiresAt when the app loses access to the account's data unless the person logs in
 *     again; calls fail from then on just as with an expired token
 */
public record TokenInspection(boolean valid, Optional<Instant> expiresAt, Optional<Instant> dataAccessExpiresAt) {

    public TokenInspection {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(dataAccessExpiresAt, "dataAccessExpiresAt");
    }

    /** The first moment the token stops working, if it ever does. */
    public Optional<Instant> lapsesAt() {
        return Stream.of(expiresAt, dataAccessExpiresAt).flatMap(Optional::stream).min(Instant::compareTo);
    }
}
