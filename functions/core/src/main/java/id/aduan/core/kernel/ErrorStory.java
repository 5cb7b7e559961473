package id.aduan.core.kernel;

/**
 * An error as kept in a summary or report: its type and message, and its cause's. A type alone ("a
 * timeout") does not say which request failed or why.
 */
public final class ErrorStory {

    private ErrorStory() {
    }

    public static String of(Throwable error) {
        var text = new StringBuilder(told(error));
        var cause = error.getCause();
        if (cause != null && cause != error) {
            text.append(" (caused by ").append(told(cause)).append(')');
        }
        return text.toString();
    }

    private static String told(Throwable error) {
        var message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
