package id.aduan.local;

/**
 * An invocation that did not return: the handler threw, ran past its timeout, or could not be built.
 * {@code errorType} is what Lambda would report ({@code Runtime.ExitError}, {@code Sandbox.Timedout}, …).
 */
final class FunctionFailure extends Exception {

    private final String errorType;
    private final boolean timedOut;

    private FunctionFailure(String errorType, String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.errorType = errorType;
        this.timedOut = timedOut;
    }

    static FunctionFailure threw(Throwable cause) {
        return new FunctionFailure(cause.getClass().getName(), String.valueOf(cause.getMessage()), cause, false);
    }

    static FunctionFailure timedOut(String function, int seconds) {
        return new FunctionFailure("Sandbox.Timedout", function + " ran past its timeout of " + seconds + " s", null, true);
    }

    static FunctionFailure couldNotStart(String function, Throwable cause) {
        return new FunctionFailure("Runtime.InitError", function + " could not be started: " + cause, cause, false);
    }

    String errorType() {
        return errorType;
    }

    boolean timedOut() {
        return timedOut;
    }
}
