package id.aduan.staff;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.language.Phrase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page cursors: the tenant they were issued for, the position a page ended at and
 * a fingerprint of the query it belongs to, signed with HMAC-SHA-256 under the deployment's cursor key.
 * A cursor that was altered, cut, or used with other criteria is refused (400), and so is one carried to
 * another tenant's staff, with its own explanation. Scope is never taken from a cursor: a unit's staff
 * are limited to their unit on every page, and every staff member to their token's tenant, whatever the
 * cursor says.
 */
final class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    /** Ends the tenant within the payload: a tenant is a region code, which never holds a space. */
    private static final char TENANT_END = ' ';

    private final Supplier<byte[]> key;

    Cursors(Supplier<byte[]> key) {
        this.key = key;
    }

    String encode(String position, String fingerprint, Tenant tenant) {
        var payload = (tenant.id() + TENANT_END + position).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload, fingerprint));
    }

    /** The position {@code cursor} names, when it is one of ours, for this query and for {@code tenant}'s staff. */
    String decode(String cursor, String fingerprint, Tenant tenant) {
        var signed = signedPayload(cursor, fingerprint);
        int end = signed.indexOf(TENANT_END);
        if (end < 0) {
            throw notOurs();
        }
        if (!signed.substring(0, end).equals(tenant.id())) {
            throw new BadRequest("BAD_CURSOR", "cursor", Phrase.of("error.cursorOtherTenant"));
        }
        return signed.substring(end + 1);
    }

    private String signedPayload(String cursor, String fingerprint) {
        var dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                var payload = DECODER.decode(cursor.substring(0, dot));
                var mac = DECODER.decode(cursor.substring(dot + 1));
                if (MessageDigest.isEqual(mac, mac(payload, fingerprint))) {
                    return new String(payload, StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // Refused below like any other cursor that is not ours.
        }
        throw notOurs();
    }

    private static BadRequest notOurs() {
        return new BadRequest("BAD_CURSOR", "cursor", Phrase.of("error.cursor"));
    }

    private byte[] mac(byte[] payload, String fingerprint) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            mac.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            var full = mac.doFinal(payload);
            var truncated = new byte[MAC_BYTES];
            System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
            return truncated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
