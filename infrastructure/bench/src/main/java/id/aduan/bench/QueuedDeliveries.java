package id.aduan.bench;

import id.aduan.adapters.config.Settings;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.QueueDrain;
import id.aduan.webhook.DeliveryProcessorHandler;
import id.aduan.webhook.Wiring;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Takes in, through the real processor, the deliveries the webhook queued, as the queue's event source
 * would; keeps the time the processor spent, not the queue's own receive and delete.
 */
final class QueuedDeliveries {

    private final Wiring processor;
    private final QueueDrain queue;
    private long processingNanos;

    QueuedDeliveries(Deployment deployment) {
        this.processor = new Wiring(new Settings(deployment.environment("DeliveryProcessorFunction")), Clock.systemUTC());
        var handler = new DeliveryProcessorHandler(processor);
        this.queue = new QueueDrain(deployment, "DeliveryQueue", event -> {
            var out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            try {
                handler.handleRequest(new ByteArrayInputStream(event), out, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                processingNanos += System.nanoTime() - start;
            }
            return out.toByteArray();
        });
    }

    int drain() {
        return queue.drain();
    }

    /** The processor's container, whose request counts and waits the bench reads. */
    Wiring processor() {
        return processor;
    }

    /** Nanoseconds the processor has spent in all the batches drained so far. */
    long processingNanos() {
        return processingNanos;
    }
}
