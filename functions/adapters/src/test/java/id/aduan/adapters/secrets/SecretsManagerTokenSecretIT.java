package id.aduan.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.core.health.StoredToken;
import id.aduan.core.health.TokenLife;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.TestClock;
import id.aduan.testkit.TestSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The Instagram secret as the token keeper reads and writes it, and as every function's cache sees it. */
@ExtendWith(AwsEmulatorExtension.class)
class SecretsManagerTokenSecretIT {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final Duration SIXTY_DAYS = Duration.ofDays(60);

    private SecretsManagerClient client;
    private String secretId;
    private SecretsManagerTokenSecret secret;

    @BeforeEach
    void setUp(Deployment deployment) {
        client = deployment.secretsManager();
        secretId = deployment.ref("InstagramSecret");
        secret = new SecretsManagerTokenSecret(client, secretId);
        put("""
                {"appSecrets": ["test-app-secret"], "verifyToken": "test-verify-token",
                 "accessToken": "test-access-token", "note": {"kept": [1, 2]}}""");
    }

    @Test
    void replacedTokenKeepsEveryOtherFieldAndRecordsItsLife() {
        var read = secret.read();

        var stored = secret.replace(read, "test-new-token", TokenLife.issued(NOW, SIXTY_DAYS));

        assertThat(stored).isTrue();
        var json = current();
        assertThat(json.path("accessToken").asText()).isEqualTo("test-new-token");
        assertThat(json.path("accessTokenIssuedAt").asText()).isEqualTo("2026-12-05T03:00:00Z");
        assertThat(json.path("accessTokenExpiresAt").asText()).isEqualTo("2027-02-03T03:00:00Z");
        assertThat(json.path("appSecrets").get(0).asText()).isEqualTo("test-app-secret");
        assertThat(json.path("verifyToken").asText()).isEqualTo("test-verify-token");
        assertThat(json.path("note").toString()).isEqualTo("{\"kept\":[1,2]}");
        assertThat(secret.read().life()).isEqualTo(TokenLife.issued(NOW, SIXTY_DAYS));
    }

    @Test
    void tokenPutInByHandHasAnUnknownLife() {
        assertThat(secret.read().life()).isEqualTo(TokenLife.unknown());
    }

    @Test
    void lifeRecordedForAnotherTokenCountsAsUnknown() {
        put("""
                {"appSecrets": ["test-app-secret"], "verifyToken": "test-verify-token",
                 "accessToken": "test-hand-made-token", "accessTokenIssuedAt": "2026-12-01T00:00:00Z",
                 "accessTokenExpiresAt": "2027-01-30T00:00:00Z", "accessTokenFingerprint": "%s"}"""
                .formatted(StoredToken.fingerprint("test-access-token")));

        var read = secret.read();

        assertThat(read.value()).isEqualTo("test-hand-made-token");
        assertThat(read.life()).isEqualTo(TokenLife.unknown());
    }

    @Test
    void changeMadeSinceTheReadIsNeverOverwritten() {
        var read = secret.read();
        put(TestSecrets.INSTAGRAM_SECRET.replace(TestSecrets.ACCESS_TOKEN, "test-hand-made-token"));

        var stored = secret.replace(read, "test-new-token", TokenLife.issued(NOW, SIXTY_DAYS));

        assertThat(stored).isFalse();
        assertThat(current().path("accessToken").asText()).isEqualTo("test-hand-made-token");
    }

    @Test
    void twoRunsFromTheSameReadStoreOneToken() {
        var read = secret.read();

        var first = secret.replace(read, "test-first-token", TokenLife.issued(NOW, SIXTY_DAYS));
        var second = secret.replace(read, "test-second-token", TokenLife.issued(NOW, SIXTY_DAYS));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(current().path("accessToken").asText()).isEqualTo("test-first-token");
    }

    @Test
    void functionsSeeAStoredTokenAfterTheirCachePeriodOrAtOnceAfterARefusal() {
        var clock = new TestClock(NOW);
        var cached = new InstagramSecrets(new CachedSecret(client, secretId, clock, Duration.ofMinutes(5)));
        assertThat(cached.accessToken()).isEqualTo("test-access-token");

        secret.replace(secret.read(), "test-new-token", TokenLife.issued(NOW, SIXTY_DAYS));
        clock.advance(Duration.ofMinutes(4));
        var withinCache = cached.accessToken();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        var afterCache = cached.accessToken();
        secret.replace(secret.read(), "test-newer-token", TokenLife.issued(NOW, SIXTY_DAYS));
        cached.invalidate();
        var afterRefusal = cached.accessToken();

        assertThat(withinCache).isEqualTo("test-access-token");
        assertThat(afterCache).isEqualTo("test-new-token");
        assertThat(afterRefusal).isEqualTo("test-newer-token");
    }

    @Test
    void storedTokenCarriesTheVersionItWasReadFrom() {
        var read = secret.read();
        var version = client.getSecretValue(request -> request.secretId(secretId).versionStage("AWSCURRENT"))
                .versionId();

        assertThat(read.version()).isEqualTo(version);
        assertThat(read).isEqualTo(new StoredToken("test-access-token", version, TokenLife.unknown()));
        assertThat(read.life().expiresAt()).isEqualTo(Optional.empty());
    }

    private void put(String value) {
        client.putSecretValue(request -> request.secretId(secretId).secretString(value));
    }

    private JsonNode current() {
        try {
            return Json.mapper().readTree(client.getSecretValue(request -> request.secretId(secretId)
                    .versionStage("AWSCURRENT")).secretString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
