package id.aduan.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A webhook body exactly as Meta sent it, kept (after its signature was checked, before it is parsed)
 * so that no parser bug or unknown field can lose a citizen's message: it can always be replayed.
 * Its id is the SHA-256 of the bytes, so a redelivery has the same id.
 */
public record RawDelivery(String id, byte[] body, Instant receivedAt) {

    public RawDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public static RawDelivery of(byte[] body, Instant receivedAt) {
        return new RawDelivery(idOf(body), body, receivedAt);
    }

    public static String idOf(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
