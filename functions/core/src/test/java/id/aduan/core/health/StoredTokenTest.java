package id.aduan.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoredTokenTest {

    @Test
    void fingerprintIsWhatOperationsComputeWithSha256sum() {
        // printf %s abc | sha256sum | cut -c1-16
        assertThat(StoredToken.fingerprint("abc")).isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void tokenNeverShowsInToString() {
        var stored = new StoredToken("secret-token-value", "v1", TokenLife.unknown());
        var refreshed = new RefreshedToken("secret-token-value", Duration.ofDays(60));

        assertThat(stored.toString()).doesNotContain("secret-token-value").contains(stored.fingerprint());
        assertThat(refreshed.toString()).doesNotContain("secret-token-value");
    }

    @Test
    void secretWithoutATokenIsRefusedByName() {
        assertThatThrownBy(() -> new StoredToken(" ", "v1", TokenLife.unknown()))
                .hasMessage("the secret holds no access token");
    }
}
