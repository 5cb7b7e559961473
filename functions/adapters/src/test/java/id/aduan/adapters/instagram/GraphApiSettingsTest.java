package id.aduan.adapters.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.adapters.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
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
    void environmentChoosesFlavourVersionAndHost() {
        GraphApiSettings facebook = GraphApiSettings.from(new Settings(Map.of("GRAPH_API_FLAVOUR", "FACEBOOK_LOGIN",
                "INSTAGRAM_ACCOUNT_ID", "17841400000000001", "FACEBOOK_PAGE_ID", "104000000000001",
                "GRAPH_API_VERSION", "v26.0", "GRAPH_API_BASE_URL", "http://127.0.0.1:8089")));
        GraphApiSettings instagram = GraphApiSettings.from(new Settings(Map.of("GRAPH_API_BASE_URL", "")));

        assertThat(facebook.flavour()).isEqualTo(ApiFlavour.FACEBOOK_LOGIN);
        assertThat(facebook.messagingId()).isEqualTo("104000000000001");
        assertThat(facebook.apiVersion()).isEqualTo("v26.0");
        assertThat(facebook.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089"));
        assertThat(instagram.baseUrl()).isEqualTo(URI.create("https://graph.instagram.com"));
        assertThat(instagram.accountId()).isEqualTo("me");
        assertThat(instagram.apiVersion()).isEqualTo("v25.0");
    }

    @Test
    void facebookLoginNeedsThePage() {
        assertThatThrownBy(() -> GraphApiSettings.from(new Settings(Map.of("GRAPH_API_FLAVOUR", "FACEBOOK_LOGIN",
                "INSTAGRAM_ACCOUNT_ID", "17841400000000001"))))
                .hasMessageContaining("FACEBOOK_PAGE_ID");
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
