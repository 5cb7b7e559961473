package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonValue;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphFailure.Kind;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns what came back from the Graph API into a {@link GraphFailure}. Meta's error {@code code} and
 * {@code error_subcode} decide the class; {@code type} does not, because Meta reuses types across
 * unrelated errors. The throttling headers are read on every failure: a throttled account must pause
 * whatever the error of the call at hand.
 */
final class GraphFailures {

    private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2);
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 341, 613, 80002);
    private static final Set<Integer> TOKEN_CODES = Set.of(190, 102);
    private static final Set<Integer> TOKEN_SUBCODES = Set.of(458, 460, 463, 467);
    private static final int UNAUTHORIZED = 401;
    private static final int TOO_MANY_REQUESTS = 429;

    private GraphFailures() {
    }

    /** An answer with an error status, with or without Meta's error envelope. */
    static GraphFailure fromErrorResponse(int status, String body, HttpHeaders headers) {
        Throttling throttling = Throttling.from(headers);
        return GraphJson.readObject(body)
                .map(root -> root.path("error"))
                .filter(error -> error.path("code").canConvertToInt())
                .map(error -> fromEnvelope(status, error, throttling))
                .orElseGet(() -> withoutEnvelope(status, throttling));
    }

    /**
     * No answer at all: refused, reset or timed out. Only a connection that was never made proves that a
     * send did not happen; once the request may have gone out, a send is ambiguous.
     */
    static GraphFailure unreachable(Exception cause, boolean sends) {
        boolean notConnected = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
        Kind kind = sends && !notConnected ? Kind.AMBIGUOUS : Kind.RETRYABLE;
        return new GraphFailure(kind, "no answer from the Graph API: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage()), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), false, Optional.empty());
    }

    /**
     * A success status with a body that does not say what happened. When the call sends something, it
     * may well have been sent, so it must not be sent again blindly; other calls can simply be repeated.
     */
    static GraphFailure unreadableSuccess(int status, String problem, boolean sends) {
        return new GraphFailure(sends ? Kind.AMBIGUOUS : Kind.RETRYABLE,
                "HTTP " + status + " with an unexpected body: " + problem, OptionalInt.of(status),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), false, Optional.empty());
    }

    private static GraphFailure fromEnvelope(int status, JsonValue error, Throttling throttling) {
        int code = error.path("code").asInt();
        OptionalInt subcode = error.path("error_subcode").canConvertToInt()
                ? OptionalInt.of(error.path("error_subcode").asInt()) : OptionalInt.empty();
        Kind kind = kindOf(code, subcode.orElse(0));
        if (kind == Kind.INVALID && (status >= 500 || error.path("is_transient").asBoolean(false))) {
            kind = Kind.RETRYABLE;
        }
        return new GraphFailure(kind, error.path("message").asText(""), OptionalInt.of(status), OptionalInt.of(code),
                subcode, Optional.ofNullable(error.path("fbtrace_id").textValue()),
                throttling.throttled() || RATE_LIMIT_CODES.contains(code) || status == TOO_MANY_REQUESTS,
                throttling.pause());
    }

    /** Classified by status; a 401 refused the token, whether or not its envelope could be read. */
    private static GraphFailure withoutEnvelope(int status, Throttling throttling) {
        Kind kind = status == UNAUTHORIZED ? Kind.TOKEN
                : status >= 500 || status == TOO_MANY_REQUESTS ? Kind.RETRYABLE : Kind.INVALID;
        return new GraphFailure(kind, "HTTP " + status + " without a Graph API error body", OptionalInt.of(status),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                throttling.throttled() || status == TOO_MANY_REQUESTS, throttling.pause());
    }

    static Kind kindOf(int code, int subcode) {
        if (code == 1 && subcode == 1357046) {
            return Kind.AMBIGUOUS;
        }
        if (code == 10 && (subcode == 2534022 || subcode == 2018278)) {
            return Kind.WINDOW_CLOSED;
        }
        if (code == 551 || (code == 200 && subcode == 1545041) || (code == 100 && subcode == 2534014)) {
            return Kind.RECIPIENT_UNAVAILABLE;
        }
        if (TOKEN_CODES.contains(code) || TOKEN_SUBCODES.contains(subcode)) {
            return Kind.TOKEN;
        }
        return TRANSIENT_CODES.contains(code) || RATE_LIMIT_CODES.contains(code) ? Kind.RETRYABLE : Kind.INVALID;
    }
}
