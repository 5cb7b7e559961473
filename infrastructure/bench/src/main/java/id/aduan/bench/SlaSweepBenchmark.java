package id.aduan.bench;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.ComplaintItems;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Status;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.slamonitor.SlaSweepHandler;
import id.aduan.slamonitor.Wiring;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What one SLA sweep reads and how long it takes, against the emulator: (1) a table of closed and
 * not-yet-due complaints with a few due ones among them, counting the items DynamoDB reads; (2) a
 * table with many due complaints, timing the sweep that raises and publishes all their alerts.
 * Usage: {@code SlaSweepBenchmark [quiet complaints] [due among them] [due alone]}.
 */
public final class SlaSweepBenchmark {

    /** Wednesday 18 February 2026, 10:00 in Jakarta. */
    private static final Instant NOW = Instant.parse("2026-02-18T03:00:00Z");
    private static final int BATCH = 25;
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());

    private SlaSweepBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int quiet = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int dueAmongThem = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int dueAlone = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        try (var emulator = AwsEmulator.fromEnvironment()) {
            var template = SamTemplate.locate();

            var first = new Run(emulator, template);
            long seeding = System.nanoTime();
            first.seed(quiet, dueAmongThem);
            System.out.printf("seeded %,d quiet and %,d due complaints in %.1f s%n", quiet, dueAmongThem,
                    (System.nanoTime() - seeding) / 1e9);
            first.sweepAndReport("sweep over %,d quiet + %,d due".formatted(quiet, dueAmongThem));

            emulator.reset();
            var second = new Run(emulator, template);
            second.seed(0, dueAlone);
            second.sweepAndReport("sweep over %,d due".formatted(dueAlone));
        }
    }

    /** A fresh table, and one warm sweep container whose DynamoDB client counts what it reads. */
    private static final class Run {
        private final Deployment deployment;
        private final ItemsRead reads = new ItemsRead();
        private final DynamoDbClient dynamoDb;
        private final String table;
        private final Tenant tenant;
        private final Wiring wiring;
        private final Random random = new Random(11);

        Run(AwsEmulator emulator, SamTemplate template) {
            this.deployment = Deployment.create(emulator, template, "aduan-bench", TestSecrets.byLogicalId());
            var settings = new Settings(deployment.environment("SlaMonitorFunction"));
            this.table = settings.tableName();
            this.dynamoDb = reads.client(emulator);
            this.tenant = TenantSettings.configured(settings).first();
            var counted = new ComplaintTable(dynamoDb, table).forTenant(tenant);
            var runtime = new FunctionRuntime("sla-monitor", settings, Clock.fixed(NOW, ZoneOffset.UTC));
            this.wiring = new Wiring(runtime, tenant -> Wiring.TenantStores.of(counted, runtime, tenant),
                    new DynamoDbAlertOutbox(counted),
                    new SnsAlertPublisher(runtime.aws()::sns, settings.required("ALERTS_TOPIC_ARN")));
        }

        /** Half the quiet complaints closed, half open and due later; the due ones received two days ago. */
        void seed(int quiet, int due) {
            var batch = new ArrayList<Map<String, AttributeValue>>();
            for (int i = 0; i < quiet + due; i++) {
                batch.add(ComplaintItems.of(tenant, i < quiet ? quiet(i) : due()));
                if (batch.size() == BATCH) {
                    write(batch);
                }
            }
            if (!batch.isEmpty()) {
                write(batch);
            }
        }

        void sweepAndReport(String what) throws IOException {
            reads.reset();
            long requestsBefore = wiring.runtime().requests().total("Sns");
            long started = System.nanoTime();
            var out = new ByteArrayOutputStream();
            new SlaSweepHandler(wiring).handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
                    out, null);
            double seconds = (System.nanoTime() - started) / 1e9;
            var report = Json.mapper().readTree(out.toByteArray());
            int complaints = report.path("complaints").asInt();
            System.out.printf("%s: %d complaints, %d alerts published in %.2f s (%.1f ms per complaint)%n", what,
                    complaints, report.path("published").asInt(), seconds, seconds * 1000 / Math.max(1, complaints));
            System.out.printf("  DynamoDB items read: %,d due-index entries in %d Query requests, %,d items by %d GetItem;"
                    + " Scans: %d; SNS publishes: %d%n", reads.queried.sum(), reads.queries.sum(), reads.fetched.sum(),
                    reads.gets.sum(), reads.scans.sum(), wiring.runtime().requests().total("Sns") - requestsBefore);
        }

        private Complaint quiet(int i) {
            var received = NOW.minus(Duration.ofMinutes(i % 600));
            var complaint = received(received, Priority.NORMAL);
            if (i % 2 == 0) {
                return complaint;
            }
            return complaint.toBuilder().status(Status.CLOSED)
                    .clocks(complaint.clocks().onStatusChange(Status.NEW, Status.CLOSED, received, RULES))
                    .build();
        }

        private Complaint due() {
            return received(NOW.minus(Duration.ofDays(2)), Priority.URGENT);
        }

        private Complaint received(Instant at, Priority priority) {
            var id = ComplaintId.generate(at, random);
            var opening = ReporterMessage.received(id.value(), Channel.COMMENT, "bench", List.of(), at);
            return Complaint.open(id, TrackingCode.random(random), "178414", new Reporter("1", "bench"), opening,
                    new ReplyTarget(ReplyTarget.Kind.COMMENT, id.value()), false, TriageState.PENDING, priority,
                    ComplaintClocks.onReceived(at, priority, "", RULES));
        }

        private void write(List<Map<String, AttributeValue>> batch) {
            var requests = batch.stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> unprocessed = Map.of(table, requests);
            while (!unprocessed.isEmpty()) {
                var pending = unprocessed;
                unprocessed = deployment.dynamoDb().batchWriteItem(request -> request.requestItems(pending))
                        .unprocessedItems();
            }
            batch.clear();
        }
    }
}
