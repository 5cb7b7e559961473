package id.aduan.core.ingest;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.AlertOutbox;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.RecordedAlert;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells operations, once per delivery, that a stored delivery was set aside: recorded in the alert outbox
 * first (its id is the delivery's, so a second attempt records nothing), then published; a publish that
 * fails stays in the outbox, where the SLA sweep publishes it.
 */
public final class DeadDeliveryAlerts {

    private static final int REASONS_SHOWN = 3;
    private static final int REASON_CHARACTERS = 200;

    private final AlertOutbox outbox;
    private final OutboxPublisher publisher;
    private final Clock clock;

    public DeadDeliveryAlerts(AlertOutbox outbox, OutboxPublisher publisher, Clock clock) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void raise(String deliveryId, List<String> reasons) {
        var now = clock.instant();
        var recorded = RecordedAlert.raised(alert(deliveryId, reasons), now, now.plus(OutboxPublisher.LEASE));
        if (outbox.recordIfAbsent(recorded)) {
            publisher.publish(recorded);
        }
    }

    static Alert alert(String deliveryId, List<String> reasons) {
        var shown = reasons.stream().limit(REASONS_SHOWN)
                .map(reason -> "- " + (reason.length() > REASON_CHARACTERS ? reason.substring(0, REASON_CHARACTERS) + "…" : reason))
                .collect(Collectors.joining("\n"));
        var more = reasons.size() > REASONS_SHOWN ? "\n(dan " + (reasons.size() - REASONS_SHOWN) + " lainnya)" : "";
        return new Alert("operations/delivery-dead/" + deliveryId, Alert.Kind.OPERATIONS,
                "Aduan: kiriman Instagram disisihkan",
                "Kiriman webhook " + deliveryId + " memuat perubahan yang tidak dapat diproses dan tidak akan"
                        + " dicoba lagi:\n" + shown + more + "\nLihat GET /deliveries?state=DEAD; setelah perbaikan,"
                        + " putar ulang dengan DeliveryRetryFunction {\"delivery\": \"" + deliveryId + "\"}.",
                Map.of(AlertAttributes.AUDIENCE, AlertAttributes.Audience.OPERATIONS.name(),
                        "component", "instagram-webhook",
                        "problem", "DELIVERY_DEAD",
                        "delivery", deliveryId));
    }
}
