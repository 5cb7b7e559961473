package id.aduan.adapters.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphApiSettingsTest {

    @Test
    void instagramLoginTalksToGraphInstagramAndSendsFromTheAccount() {
        GraphApiSettings settings = GraphApiSettings.instagramLogin("17841400000000001");

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://graph.instagram.com"));
        assertThat(settings.messagingId()).isEqualTo("17841400000000001");
        assertThat(settings.apiVersion()).isEqualTo("v25.0");
    }

    @Test
    void facebookLoginTalksToGraphFacebookAndSendsFromThePage() {
        GraphApiSettings settings = GraphApiSettings.facebookLogin("17841400000000001", "104000000000001");

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://graph.facebook.com"));
        assertThat(settings.accountId()).isEqualTo("17841400000000001");
        assertThat(settings.messagingId()).isEqualTo("104000000000001");
    }

    @Test
    void versionMustLookLikeAGraphVersion() {
        assertThatThrownBy(() -> GraphApiSettings.instagramLogin("17841400000000001").withApiVersion("25"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v25.0");
    }

    @Test
    void idThatCouldChangeTheRequestPathIsRefused() {
        assertThatThrownBy(() -> GraphApiSettings.instagramLogin("../me"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> GraphApiSettings.instagramLogin("17841400000000001")
                .withTimeouts(Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
    }
}
