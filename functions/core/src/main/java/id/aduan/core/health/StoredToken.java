package id.aduan.core.health;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An account's access token as its secret holds it. {@code version} names the secret version it was
 * read from, so that writing a refreshed token can check that nobody changed the secret meanwhile.
 * The token itself never appears in {@link #toString()}, logs or alerts; its {@link #fingerprint()}
 * (a short hash) tells tokens apart where that must be recorded.
 */
public record StoredToken(String value, String version, TokenLife life) {

    public StoredToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(life, "life");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the secret holds no access token");
        }
    }

    public String fingerprint() {
        return fingerprint(value);
    }

    /** The first 16 hex digits of the token's SHA-256: recognises a token without revealing it. */
    public static String fingerprint(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "StoredToken[" + fingerprint() + ", version " + version + ", " + life + "]";
    }
}
