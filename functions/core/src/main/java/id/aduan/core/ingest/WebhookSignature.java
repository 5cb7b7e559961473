package id.aduan.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Meta's {@code X-Hub-Signature-256} header: HMAC-SHA256 of the exact body bytes with the app
 * secret. Several secrets are accepted because apps using Instagram Login have been seen signing with
 * either the Instagram app secret or the Meta app secret, and because secrets are rotated.
 */
public final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    public enum Verdict { VALID, MISSING, INVALID }

    private WebhookSignature() {
    }

    public static Verdict verify(byte[] body, String header, List<String> secrets) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        var value = header.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Verdict.INVALID;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return Verdict.INVALID;
        }
        boolean matched = false;
        for (String secret : secrets) {
            // Every secret is checked, so the time taken does not reveal which one matched.
            matched |= MessageDigest.isEqual(hmac(secret, body), presented);
        }
        return matched ? Verdict.VALID : Verdict.INVALID;
    }

    /** The header value Meta would send for this body; used by tests and the local sender. */
    public static String sign(byte[] body, String secret) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
