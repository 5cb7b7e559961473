package id.aduan.local;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Everything published to the template's SNS topics (alerts), printed as it arrives and kept, the
 * latest {@value #KEPT}, for {@code ./aduan alerts}.
 */
final class AlertLog {

    static final int KEPT = 1000;

    private final Deque<Alert> alerts = new ArrayDeque<>();
    private final RunLog log;

    AlertLog(RunLog log) {
        this.log = log;
    }

    /** One published message; {@code subject} may be null. */
    record Alert(String topic, String messageId, Instant publishedAt, String subject, String message) {
    }

    synchronized void add(Alert alert) {
        alerts.addLast(alert);
        if (alerts.size() > KEPT) {
            alerts.removeFirst();
        }
        log.line("ALERT on " + alert.topic() + (alert.subject() == null ? "" : " [" + alert.subject() + "]") + ": "
                + alert.message());
    }

    synchronized List<Alert> all() {
        return List.copyOf(alerts);
    }
}
