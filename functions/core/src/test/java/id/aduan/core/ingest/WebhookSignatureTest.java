package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureOfTheExactBytesWithAConfiguredSecretIsValid() {
        var header = WebhookSignature.sign(BODY, "second");

        assertThat(WebhookSignature.verify(BODY, header, List.of("first", "second"))).isEqualTo(WebhookSignature.Verdict.VALID);
    }

    @Test
    void knownVectorMatchesMetasAlgorithm() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
        var body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.sign(body, "key"))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void upperCaseHexAndPrefixAreAccepted() {
        var header = WebhookSignature.sign(BODY, "s").toUpperCase().replace("SHA256=", "sha256=");

        assertThat(WebhookSignature.verify(BODY, header, List.of("s"))).isEqualTo(WebhookSignature.Verdict.VALID);
    }

    @Test
    void missingHeaderIsMissingAndAnythingElseWrongIsInvalid() {
        var valid = WebhookSignature.sign(BODY, "s");

        assertThat(WebhookSignature.verify(BODY, null, List.of("s"))).isEqualTo(WebhookSignature.Verdict.MISSING);
        assertThat(WebhookSignature.verify(BODY, " ", List.of("s"))).isEqualTo(WebhookSignature.Verdict.MISSING);
        assertThat(WebhookSignature.verify(BODY, valid, List.of("other"))).isEqualTo(WebhookSignature.Verdict.INVALID);
        assertThat(WebhookSignature.verify(BODY, "sha1=" + valid.substring(7), List.of("s")))
                .isEqualTo(WebhookSignature.Verdict.INVALID);
        assertThat(WebhookSignature.verify(BODY, "sha256=zz", List.of("s"))).isEqualTo(WebhookSignature.Verdict.INVALID);
        assertThat(WebhookSignature.verify("{}".getBytes(StandardCharsets.UTF_8), valid, List.of("s")))
                .isEqualTo(WebhookSignature.Verdict.INVALID);
    }
}
