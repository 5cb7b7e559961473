package id.aduan.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The local stand-in for the staff user pool: the issuer and audience every JWT authorizer trusts
 * locally (in place of the template's Cognito ones) and the RSA key that signs local tokens. The key is
 * generated on first use and kept in the state folder, so that {@code token} and a running {@code up} agree.
 */
final class LocalIdentity {

    static final String ISSUER = "http://localhost/aduan-local";
    static final String AUDIENCE = "aduan-local-staff";
    private static final int KEY_BITS = 2048;

    private final RSAKey key;

    LocalIdentity(RSAKey key) {
        this.key = key;
    }

    static LocalIdentity loadOrCreate(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            return new LocalIdentity(RSAKey.parse(Files.readString(keyFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local token key in " + keyFile, e);
        } catch (ParseException e) {
            throw new IllegalStateException(keyFile + " is not an RSA key; delete it and a new one is made", e);
        }
    }

    static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(KEY_BITS).keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation is part of every JDK", e);
        }
    }

    /** Written beside and moved into place, so two commands starting at once end up with one key. */
    private static void create(Path keyFile) throws IOException {
        Files.createDirectories(keyFile.getParent());
        var draft = Files.createTempFile(keyFile.getParent(), "key-", ".tmp");
        try {
            Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own access rules apply.
        }
        Files.writeString(draft, generateKey().toJSONString());
        try {
            Files.move(draft, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException anotherWasFaster) {
            Files.delete(draft);
        }
    }

    RSAKey signingKey() {
        return key;
    }

    /** What {@code GET /.well-known/jwks.json} serves: the public half only. */
    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }
}
