package id.aduan.replysender;

import java.time.Duration;

/**
 * Spaces out one container's calls to Instagram, so that the reply sender (at most a few containers,
 * the event source's maximum concurrency) stays far below Meta's per-account send rates even when a
 * long queue drains.
 */
final class SendPacing {

    private final long intervalNanos;
    private long nextAt = System.nanoTime();

    SendPacing(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    synchronized void awaitTurn() {
        long wait = nextAt - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        nextAt = Math.max(nextAt, System.nanoTime()) + intervalNanos;
    }
}
