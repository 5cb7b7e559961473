package id.aduan.core.instagram;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why an Instagram call failed, classified by Meta's error code and subcode, with what the timeline
 * keeps: Meta's message and its fbtrace_id (which Meta support asks for). Never holds the access token.
 *
 * @param httpStatus empty when no answer came back (connection refused, reset, timed out)
 * @param throttled the account is over a rate limit: stop sending for now, not just this message
 * @param retryAfter how long Meta says to wait, when it says so
 */
public record GraphFailure(
        Kind kind,
        String message,
        OptionalInt httpStatus,
        OptionalInt code,
        OptionalInt subcode,
        Optional<String> fbtraceId,
        boolean throttled,
        Optional<Duration> retryAfter) {

    public enum Kind {
        /** Transient or rate limited: try again later, with backoff and after {@code retryAfter}. */
        RETRYABLE,
        /** The access token is expired, revoked or lacks a permission: alert operations, do not retry. */
        TOKEN,
        /** The messaging window has closed: offer the HUMAN_AGENT tag or a public reply instead. */
        WINDOW_CLOSED,
        /** The citizen cannot be reached (blocked the account, deactivated, or unknown): do not retry. */
        RECIPIENT_UNAVAILABLE,
        /** The request itself is wrong for Instagram (for example a comment not valid for a private reply). */
        INVALID,
        /** The message may have been sent: do not send it again blindly, reconcile with the echo. */
        AMBIGUOUS
    }

    public GraphFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(httpStatus, "httpStatus");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subcode, "subcode");
        Objects.requireNonNull(fbtraceId, "fbtraceId");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public boolean retryable() {
        return kind == Kind.RETRYABLE;
    }

    /** One line for the complaint's timeline and the logs, for example {@code WINDOW_CLOSED 10/2534022 HTTP 400: … (fbtrace_id …)}. */
    public String summary() {
        var line = new StringBuilder(kind.name());
        code.ifPresent(value -> line.append(' ').append(value));
        subcode.ifPresent(value -> line.append('/').append(value));
        httpStatus.ifPresent(value -> line.append(" HTTP ").append(value));
        line.append(": ").append(message);
        fbtraceId.ifPresent(trace -> line.append(" (fbtrace_id ").append(trace).append(')'));
        if (throttled) {
            line.append(" [throttled");
            retryAfter.ifPresent(wait -> line.append(", retry after ").append(wait));
            line.append(']');
        }
        return line.toString();
    }
}
