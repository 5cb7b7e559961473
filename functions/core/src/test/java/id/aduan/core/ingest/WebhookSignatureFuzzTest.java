package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever arrives as body and header, the check answers a verdict, fast, and only the true signature passes. */
class WebhookSignatureFuzzTest {

    private static final List<String> SECRETS = List.of("first-secret", "second-secret");
    /** Generous for a busy build machine (the check itself takes microseconds); the first call loads the HMAC. */
    private static final long MILLIS_PER_INPUT = 500;

    /**
     * Bodies up to 256 bytes span four of HMAC-SHA256's 64-byte blocks, so every length modulo the block
     * comes up, with and without room for the padding in the last block; longer bodies only repeat whole
     * blocks, and cost the generator time (byte by byte), not the check.
     */
    @Property(tries = 500)
    void anyHeaderOnAnyBodyGetsAVerdictAndNeverPasses(@ForAll @Size(max = 256) byte[] body, @ForAll("headers") String header) {
        long started = System.nanoTime();

        var verdict = WebhookSignature.verify(body, header, SECRETS);

        assertThat(verdict).isNotNull().isNotEqualTo(WebhookSignature.Verdict.VALID);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(MILLIS_PER_INPUT);
    }

    @Property(tries = 300)
    void theBodysOwnSignatureByEitherSecretPassesAndAnyChangedByteFailsIt(@ForAll @Size(min = 1, max = 256) byte[] body,
                                                                         @ForAll @IntRange(min = 0, max = 1) int secret,
                                                                         @ForAll @IntRange(min = 0, max = 255) int position) {
        var header = WebhookSignature.sign(body, SECRETS.get(secret));
        var changed = body.clone();
        changed[position % body.length] ^= 0x01;

        assertThat(WebhookSignature.verify(body, header, SECRETS)).isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(WebhookSignature.verify(changed, header, SECRETS)).isEqualTo(WebhookSignature.Verdict.INVALID);
    }

    @Provide
    Arbitrary<String> headers() {
        var hex = Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMaxLength(80);
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200).injectNull(0.05),
                hex.map(digits -> "sha256=" + digits),
                hex.map(digits -> "sha1=" + digits),
                Arbitraries.strings().ofMaxLength(80).map(text -> "sha256=" + text),
                Arbitraries.just(""),
                Arbitraries.just("sha256="));
    }
}
