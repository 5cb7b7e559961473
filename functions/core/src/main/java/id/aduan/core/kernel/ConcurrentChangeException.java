package id.aduan.core.kernel;

/** Concurrent writers kept changing what a decision was based on; the change is retried later. */
public final class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
