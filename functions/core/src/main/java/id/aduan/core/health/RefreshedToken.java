package id.aduan.core.health;

import java.time.Duration;
import java.util.Objects;

/** What Meta answered to a refresh: the new token and how long it lives. Never shown by {@link #toString()}. */
public record RefreshedToken(String value, Duration expiresIn) {

    public RefreshedToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }

    @Override
    public String toString() {
        return "RefreshedToken[" + StoredToken.fingerprint(value) + ", expires in " + expiresIn + "]";
    }
}
