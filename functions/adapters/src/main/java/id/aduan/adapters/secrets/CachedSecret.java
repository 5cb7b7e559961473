package id.aduan.adapters.secrets;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.MalformedJsonException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A JSON secret from Secrets Manager, fetched on first use and kept for a few minutes, so a rotated
 * secret reaches running containers without every invocation paying for a call. Its value is never
 * logged and never part of an exception message.
 */
public final class CachedSecret {

    private final SecretsManagerClient client;
    private final String secretId;
    private final Clock clock;
    private final Duration timeToLive;
    private JsonValue value;
    private Instant fetchedAt;

    public CachedSecret(SecretsManagerClient client, String secretId, Clock clock, Duration timeToLive) {
        this.client = client;
        this.secretId = secretId;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    public synchronized JsonValue value() {
        var now = clock.instant();
        if (value == null || fetchedAt.plus(timeToLive).isBefore(now)) {
            // The stage is named, not left to the default: emulators resolve a moved AWSCURRENT only this way.
            var text = client.getSecretValue(request -> request.secretId(secretId).versionStage("AWSCURRENT"))
                    .secretString();
            try {
                value = JsonReader.read(text);
            } catch (MalformedJsonException e) {
                throw new IllegalStateException("secret " + secretId + " is not a JSON object");
            }
            fetchedAt = now;
        }
        return value;
    }

    /** Forgets the cached value, e.g. after Instagram rejected a token that may have been rotated. */
    public synchronized void invalidate() {
        value = null;
    }
}
