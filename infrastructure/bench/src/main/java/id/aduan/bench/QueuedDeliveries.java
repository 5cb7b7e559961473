package id.aduan.bench;

import id.aduan.adapters.config.Settings;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.QueueDrain;
import id.aduan.webhook.DeliveryProcessorHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Takes in, through the real processor, the deliveries the webhook queued, as the queue's event source would. */
final class QueuedDeliveries {

    private final QueueDrain queue;

    QueuedDeliveries(Deployment deployment) {
        var processor = new DeliveryProcessorHandler(new Settings(deployment.environment("DeliveryProcessorFunction")));
        this.queue = new QueueDrain(deployment, "DeliveryQueue", event -> {
            var out = new ByteArrayOutputStream();
            try {
                processor.handleRequest(new ByteArrayInputStream(event), out, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    int drain() {
        return queue.drain();
    }
}
