package id.aduan.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Meta's verification request when a webhook subscription is set up: {@code hub.mode=subscribe}, the
 * configured verify token and a challenge to echo back.
 */
public final class SubscriptionHandshake {

    private SubscriptionHandshake() {
    }

    /** The challenge to answer with, or empty when the request must be refused. */
    public static Optional<String> answer(String mode, String token, String challenge, String expectedToken) {
        if (!"subscribe".equals(mode) || token == null || challenge == null || expectedToken == null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                expectedToken.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(challenge) : Optional.empty();
    }
}
