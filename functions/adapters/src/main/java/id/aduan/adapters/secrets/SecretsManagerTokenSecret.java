package id.aduan.adapters.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.health.StoredToken;
import id.aduan.core.health.TokenLife;
import id.aduan.core.health.TokenSecret;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;

/**
 * An account's token secret in Secrets Manager (today the Instagram secret). Besides {@code accessToken}
 * it records the token's life: {@code accessTokenIssuedAt}, {@code accessTokenExpiresAt} (ISO-8601) and
 * {@code accessTokenFingerprint}, which ties them to the token they describe, so a token put in by hand
 * over old fields counts as one of unknown age. Writing keeps every other field as it was.
 *
 * <p>Compare-and-swap: the new value is put as a version staged {@code AWSPENDING}, then {@code AWSCURRENT}
 * is moved onto it from the version that was read. Secrets Manager refuses the move when
 * {@code AWSCURRENT} is no longer on that version, so a concurrent run or a person's change is never
 * overwritten.
 */
public final class SecretsManagerTokenSecret implements TokenSecret {

    static final String TOKEN = "accessToken";
    static final String ISSUED_AT = "accessTokenIssuedAt";
    static final String EXPIRES_AT = "accessTokenExpiresAt";
    static final String FINGERPRINT = "accessTokenFingerprint";
    private static final String CURRENT = "AWSCURRENT";
    private static final String PENDING = "AWSPENDING";

    private final SecretsManagerClient client;
    private final String secretId;

    public SecretsManagerTokenSecret(SecretsManagerClient client, String secretId) {
        this.client = client;
        this.secretId = secretId;
    }

    @Override
    public StoredToken read() {
        var current = client.getSecretValue(request -> request.secretId(secretId).versionStage(CURRENT));
        var json = parse(current.secretString());
        var token = json.path(TOKEN).asText("");
        var recordedFor = json.path(FINGERPRINT).asText("");
        var life = !token.isBlank() && recordedFor.equals(StoredToken.fingerprint(token))
                ? new TokenLife(time(json.path(ISSUED_AT)), time(json.path(EXPIRES_AT)))
                : TokenLife.unknown();
        return new StoredToken(token, current.versionId(), life);
    }

    @Override
    public boolean replace(StoredToken read, String token, TokenLife life) {
        var current = client.getSecretValue(request -> request.secretId(secretId).versionId(read.version()));
        var json = (ObjectNode) parse(current.secretString());
        json.put(TOKEN, token);
        json.put(FINGERPRINT, StoredToken.fingerprint(token));
        life.issuedAt().ifPresentOrElse(at -> json.put(ISSUED_AT, at.toString()), () -> json.remove(ISSUED_AT));
        life.expiresAt().ifPresentOrElse(at -> json.put(EXPIRES_AT, at.toString()), () -> json.remove(EXPIRES_AT));
        var pending = client.putSecretValue(request -> request.secretId(secretId)
                .clientRequestToken(UUID.randomUUID().toString())
                .secretString(Json.write(json))
                .versionStages(PENDING)).versionId();
        try {
            client.updateSecretVersionStage(request -> request.secretId(secretId).versionStage(CURRENT)
                    .removeFromVersionId(read.version()).moveToVersionId(pending));
            return true;
        } catch (InvalidParameterException movedMeanwhile) {
            return false;
        }
    }

    private JsonNode parse(String text) {
        try {
            var json = Json.mapper().readTree(text);
            if (json == null || !json.isObject()) {
                throw new IllegalStateException("secret " + secretId + " is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("secret " + secretId + " is not a JSON object");
        }
    }

    private static Optional<Instant> time(JsonNode value) {
        try {
            return value.isTextual() ? Optional.of(Instant.parse(value.asText())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
