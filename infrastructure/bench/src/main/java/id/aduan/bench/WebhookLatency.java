package id.aduan.bench;

import id.aduan.adapters.config.Settings;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import id.aduan.webhook.InstagramWebhookHandler;
import id.aduan.webhook.Wiring;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Warm time per delivery against the emulator for the kinds of delivery Meta sends most: the webhook's
 * answer (verify, store, queue) and the take-in behind it (the delivery processor draining the queue),
 * with the processor's own time and its DynamoDB requests. Usage: {@code WebhookLatency [deliveries per kind]}.
 */
public final class WebhookLatency {

    private WebhookLatency() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (var emulator = AwsEmulator.fromEnvironment()) {
            System.out.println("kind (fresh table each)         deliveries  answer p50  answer p99  take-in p50  p90 ms"
                    + "  p99 ms  own p50  DynamoDB requests/delivery in take-in");
            var comments = new Run(emulator);
            comments.measure(50, n -> SampleDeliveries.comment(900_000 + n));
            comments.report("comment opening a complaint", comments.measure(count, SampleDeliveries::comment), 1);
            comments.report("redelivery of a processed one", comments.measure(count, SampleDeliveries::comment), 1);
            var messages = new Run(emulator);
            messages.measure(50, n -> SampleDeliveries.comment(900_000 + n));
            messages.report("DM opening a complaint", messages.measure(count, n -> SampleDeliveries.directMessage(n, n)), 1);
            messages.report("DM following up (same sender)",
                    messages.measure(count, n -> SampleDeliveries.directMessage(7, 100_000 + n)), 1);
            var batches = new Run(emulator);
            batches.measure(50, n -> SampleDeliveries.comment(900_000 + n));
            batches.report("batch of 10 comments", batches.measure(Math.max(10, count / 10),
                    n -> SampleDeliveries.batch(n, 10)), 10);
        }
    }

    private record Sample(double answerMillis, double takeInMillis, double takeInOwnMillis, long takeInRequests) {
    }

    /** One warm webhook container and one warm processor container on a freshly reset emulator. */
    private static final class Run {
        private final InstagramWebhookHandler webhook;
        private final QueuedDeliveries queue;
        private Map<String, Long> operationsBefore = Map.of();

        Run(AwsEmulator emulator) {
            emulator.reset();
            var deployment = Deployment.create(emulator, SamTemplate.locate(), "aduan-bench", TestSecrets.byLogicalId());
            webhook = new InstagramWebhookHandler(new Wiring(new Settings(deployment.environment("InstagramWebhookFunction")),
                    Clock.systemUTC()));
            queue = new QueuedDeliveries(deployment);
        }

        List<Sample> measure(int count, IntFunction<String> body) throws IOException {
            var samples = new ArrayList<Sample>();
            var requests = queue.processor().runtime().requests();
            operationsBefore = requests.byOperation();
            for (int n = 0; n < count; n++) {
                var bytes = body.apply(n).getBytes(StandardCharsets.UTF_8);
                var event = HttpApiEvents.request("POST", "/webhooks/instagram").body(bytes)
                        .header("x-hub-signature-256", WebhookSignature.sign(bytes, TestSecrets.APP_SECRET)).toJson()
                        .getBytes(StandardCharsets.UTF_8);
                long start = System.nanoTime();
                webhook.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
                long answered = System.nanoTime() - start;
                long requestsBefore = requests.total("DynamoDb");
                long waitBefore = requests.waitNanos();
                long processingBefore = queue.processingNanos();
                queue.drain();
                long takeIn = queue.processingNanos() - processingBefore;
                samples.add(new Sample(answered / 1e6, takeIn / 1e6, (takeIn - (requests.waitNanos() - waitBefore)) / 1e6,
                        requests.total("DynamoDb") - requestsBefore));
            }
            return samples;
        }

        /** The processor's requests by operation since the last measurement began, e.g. {Query=50, …}. */
        private Map<String, Long> operationsSince() {
            var since = new TreeMap<String, Long>();
            queue.processor().runtime().requests().byOperation().forEach((operation, count) -> {
                long added = count - operationsBefore.getOrDefault(operation, 0L);
                if (added > 0) {
                    since.put(operation.replace("DynamoDb.", ""), added);
                }
            });
            return since;
        }

        void report(String kind, List<Sample> samples, int changesPerDelivery) {
            var answers = sorted(samples.stream().map(Sample::answerMillis).toList());
            var takeIns = sorted(samples.stream().map(Sample::takeInMillis).toList());
            var own = sorted(samples.stream().map(Sample::takeInOwnMillis).toList());
            double requests = samples.stream().mapToLong(Sample::takeInRequests).average().orElse(0);
            // Changes of one delivery wait for DynamoDB concurrently, so only single changes split time cleanly.
            var ownText = changesPerDelivery == 1 ? "%.1f".formatted(percentile(own, 50)) : "-";
            System.out.printf("%-32s %10d %11.1f %11.1f %12.1f %7.1f %7.1f %8s  %.1f (%.2f per change)%n", kind,
                    samples.size(), percentile(answers, 50), percentile(answers, 99), percentile(takeIns, 50),
                    percentile(takeIns, 90), percentile(takeIns, 99), ownText, requests, requests / changesPerDelivery);
            System.out.printf("%-32s %s%n", "", operationsSince());
        }
    }

    private static List<Double> sorted(List<Double> values) {
        var copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
