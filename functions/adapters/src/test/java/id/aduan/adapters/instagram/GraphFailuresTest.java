package id.aduan.adapters.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphFailure.Kind;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphFailuresTest {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    @ParameterizedTest(name = "HTTP {0}, code {1}/{2} is {3}")
    @CsvSource(nullValues = "-", value = {
            "500, 1, -, RETRYABLE",
            "500, 2, -, RETRYABLE",
            "400, 4, -, RETRYABLE",
            "400, 17, -, RETRYABLE",
            "400, 32, -, RETRYABLE",
            "400, 341, -, RETRYABLE",
            "400, 613, -, RETRYABLE",
            "400, 80002, -, RETRYABLE",
            "400, 190, -, TOKEN",
            "400, 190, 463, TOKEN",
            "400, 102, -, TOKEN",
            "400, 190, 458, TOKEN",
            "400, 190, 460, TOKEN",
            "400, 190, 467, TOKEN",
            "400, 10, 2534022, WINDOW_CLOSED",
            "400, 10, 2018278, WINDOW_CLOSED",
            "400, 551, -, RECIPIENT_UNAVAILABLE",
            "400, 551, 1545041, RECIPIENT_UNAVAILABLE",
            "400, 200, 1545041, RECIPIENT_UNAVAILABLE",
            "400, 100, 2534014, RECIPIENT_UNAVAILABLE",
            "400, 100, -, INVALID",
            "400, 100, 2534025, INVALID",
            "400, 100, 33, INVALID",
            "403, 10, -, INVALID",
            "403, 200, -, INVALID",
            "400, 1, 1357046, AMBIGUOUS",
            "500, 1, 1357046, AMBIGUOUS",
            "503, 100, -, RETRYABLE"
    })
    void errorIsClassifiedByCodeAndSubcode(int status, int code, Integer subcode, Kind expected) {
        GraphFailure failure = GraphFailures.fromErrorResponse(status, envelope("OAuthException", code, subcode, false), NO_HEADERS);

        assertThat(failure.kind()).isEqualTo(expected);
        assertThat(failure.code()).hasValue(code);
        assertThat(failure.subcode()).isEqualTo(subcode == null ? OptionalInt.empty() : OptionalInt.of(subcode));
    }

    @Test
    void errorTypeDoesNotDecideTheClass() {
        GraphFailure failure = GraphFailures.fromErrorResponse(400, envelope("GraphMethodException", 190, null, false), NO_HEADERS);

        assertThat(failure.kind()).isEqualTo(Kind.TOKEN);
    }

    @Test
    void unknownErrorMarkedTransientIsRetryable() {
        GraphFailure failure = GraphFailures.fromErrorResponse(400, envelope("OAuthException", 9007, null, true), NO_HEADERS);

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
    }

    @Test
    void rateLimitCodesThrottleTheAccountButServiceErrorsDoNot() {
        assertThat(GraphFailures.fromErrorResponse(400, envelope("OAuthException", 80002, null, false), NO_HEADERS).throttled())
                .isTrue();
        assertThat(GraphFailures.fromErrorResponse(500, envelope("OAuthException", 2, null, true), NO_HEADERS).throttled())
                .isFalse();
    }

    @Test
    void throttlingHeadersAccompanyAnyFailure() {
        HttpHeaders headers = GraphFixtures.headers("X-Business-Use-Case-Usage", GraphFixtures.read("usage-business-throttled.json"));

        GraphFailure failure = GraphFailures.fromErrorResponse(400, GraphFixtures.read("error-window-closed.json"), headers);

        assertThat(failure.kind()).isEqualTo(Kind.WINDOW_CLOSED);
        assertThat(failure.throttled()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofMinutes(12));
    }

    @Test
    void metaMessageAndTraceIdAreKeptForTheTimeline() {
        GraphFailure failure = GraphFailures.fromErrorResponse(400, GraphFixtures.read("error-window-closed.json"), NO_HEADERS);

        assertThat(failure.summary()).isEqualTo("WINDOW_CLOSED 10/2534022 HTTP 400: (#10) This message is sent outside"
                + " of allowed window. (fbtrace_id C3d4E5f6G7h8I9j0)");
    }

    @Test
    void summaryOfAThrottledFailureSaysHowLongToWait() {
        HttpHeaders headers = GraphFixtures.headers("X-Business-Use-Case-Usage", GraphFixtures.read("usage-business-throttled.json"));

        GraphFailure failure = GraphFailures.fromErrorResponse(400, GraphFixtures.read("error-rate-limited.json"), headers);

        assertThat(failure.summary()).startsWith("RETRYABLE 80002 HTTP 400: There have been too many calls")
                .endsWith("(fbtrace_id G7h8I9j0K1l2M3n4) [throttled, retry after PT12M]");
    }

    @ParameterizedTest(name = "HTTP {0} without an envelope is {1}")
    @CsvSource({"502, RETRYABLE", "503, RETRYABLE", "404, INVALID", "400, INVALID"})
    void errorStatusWithoutAnEnvelopeIsClassifiedByStatus(int status, Kind expected) {
        GraphFailure failure = GraphFailures.fromErrorResponse(status, "<html><body>Bad Gateway</body></html>", NO_HEADERS);

        assertThat(failure.kind()).isEqualTo(expected);
        assertThat(failure.httpStatus()).hasValue(status);
        assertThat(failure.message()).isEqualTo("HTTP " + status + " without a Graph API error body");
    }

    @Test
    void unauthorizedWithoutAnEnvelopeIsARefusedToken() {
        GraphFailure failure = GraphFailures.fromErrorResponse(401, "", NO_HEADERS);

        assertThat(failure.kind()).isEqualTo(Kind.TOKEN);
        assertThat(failure.httpStatus()).hasValue(401);
    }

    @Test
    void tooManyRequestsWithoutAnEnvelopeThrottles() {
        GraphFailure failure = GraphFailures.fromErrorResponse(429, "", NO_HEADERS);

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.throttled()).isTrue();
    }

    @Test
    void noAnswerToARepeatableCallIsRetryable() {
        GraphFailure failure = GraphFailures.unreachable(new HttpTimeoutException("request timed out"), false);

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.httpStatus()).isEmpty();
        assertThat(failure.message()).isEqualTo("no answer from the Graph API: HttpTimeoutException request timed out");
    }

    @Test
    void noAnswerToASendIsAmbiguousUnlessTheConnectionWasNeverMade() {
        assertThat(GraphFailures.unreachable(new HttpTimeoutException("request timed out"), true).kind())
                .isEqualTo(Kind.AMBIGUOUS);
        assertThat(GraphFailures.unreachable(new java.net.ConnectException("Connection refused"), true).kind())
                .isEqualTo(Kind.RETRYABLE);
        assertThat(GraphFailures.unreachable(new java.net.http.HttpConnectTimeoutException("connect timed out"), true)
                .kind()).isEqualTo(Kind.RETRYABLE);
    }

    private static String envelope(String type, int code, Integer subcode, boolean transientError) {
        return """
                {"error":{"message":"test error","type":"%s","code":%d%s%s,"fbtrace_id":"AbCdEf123"}}"""
                .formatted(type, code, subcode == null ? "" : ",\"error_subcode\":" + subcode,
                        transientError ? ",\"is_transient\":true" : "");
    }
}
