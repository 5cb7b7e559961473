package id.aduan.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.SqsEvents;
import id.aduan.testkit.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Measures what one unit of each kind of work costs in AWS requests, the input of {@code ./aduan cost}:
 * per delivery, per staff request and action, per reply sent, per scheduled run. Every function runs
 * its real handler against the emulator through {@link CapacityMeter}, which counts requests and
 * DynamoDB's billed read and write units; the handler's time and the bytes it logs are measured too.
 * Usage: {@code CostInputs [runs per kind] [output file]}; the output is JSON.
 */
public final class CostInputs {

    private static final Map<String, String> TRIAGE = Map.of("sub", "cost-triage", "cognito:username", "nia",
            "name", "Nia", "cognito:groups", "[triage]", "token_use", "id");
    private static final Map<String, String> AGENT = Map.of("sub", "cost-agent", "cognito:username", "budi",
            "name", "Budi", "cognito:groups", "[agent]", "custom:unit", "BINA_MARGA_SDA", "token_use", "id");

    private final Deployment deployment;
    private final CapacityMeter meter;
    private final SampleEvents samples;
    private final Map<String, RequestStreamHandler> handlers = new HashMap<>();
    private final Map<String, Object> measured = new LinkedHashMap<>();
    private final LogBytes logs;

    private CostInputs(Deployment deployment, CapacityMeter meter, LogBytes logs) {
        this.deployment = deployment;
        this.meter = meter;
        this.logs = logs;
        this.samples = new SampleEvents(deployment);
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var output = Path.of(args.length > 1 ? args[1] : "cost-inputs.json");
        var console = System.out;
        // Functions keep the System.out they find when built: every line they log passes through here.
        var logs = new LogBytes();
        System.setOut(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try (var emulator = AwsEmulator.fromEnvironment()) {
            emulator.reset();
            var template = SamTemplate.locate();
            var deployment = Deployment.create(emulator, template, "aduan-cost", TestSecrets.byLogicalId());
            try (var meter = new CapacityMeter(emulator.endpoint(), "PK", "SK", indexes(template))) {
                var inputs = new CostInputs(deployment, meter, logs);
                inputs.measureAll(runs);
                var document = new LinkedHashMap<String, Object>();
                document.put("measuredOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
                document.put("how", "bench/cost-inputs.sh " + runs + ": mean per unit of work, real handlers against "
                        + "moto through a metering proxy; millis are the handler's time against the emulator "
                        + "(an upper bound of Lambda's billed duration)");
                document.put("work", inputs.measured);
                document.put("metrics", logs.metrics());
                Files.writeString(output, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
                console.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
            }
        }
        System.exit(0);
    }

    private void measureAll(int runs) {
        // First, on an empty table: what every minute's sweep costs when nothing is due.
        measure("schedule.slaSweepNothingDue", "SlaMonitorFunction", runs, n -> SampleEvents.scheduled("SlaMonitorFunction"));
        // Then each sweep finds the one overdue complaint taken in just before it, and raises its alerts.
        measure("schedule.slaSweepOneDue", "SlaMonitorFunction", runs, n -> samples.forFunction("SlaMonitorFunction", n));
        var commentIds = new ArrayList<String>();
        measureDelivery("delivery.commentOpensComplaint", runs, n -> SampleDeliveries.comment(n));
        newest(runs).forEach(commentIds::add);
        measureDelivery("delivery.directMessageOpensComplaint", runs, n -> SampleDeliveries.directMessage(1_000 + n, 1));
        measureDelivery("delivery.directMessageFollowsUp", runs, n -> SampleDeliveries.directMessage(1_000 + n, 2));
        measureDelivery("delivery.repeated", runs, n -> SampleDeliveries.comment(n));

        measure("staff.listQueue", "StaffApiFunction", runs, n -> StaffApiLatency.staffRequest("GET", "/complaints", "",
                TRIAGE, null).routeKey("GET /complaints").query("status", "NEW").query("limit", "25").toJson());
        measure("staff.openComplaint", "StaffApiFunction", runs, n -> staff("GET", "/complaints/{id}", commentIds.get(n), TRIAGE, null));
        measure("staff.verify", "StaffApiFunction", runs, n -> staff("POST", "/complaints/{id}/actions", commentIds.get(n), TRIAGE,
                "{\"action\":\"VERIFY\",\"unit\":\"BINA_MARGA_SDA\",\"category\":\"Jalan rusak\",\"priority\":\"HIGH\",\"version\":1}"));
        measure("staff.forward", "StaffApiFunction", runs, n -> staff("POST", "/complaints/{id}/actions", commentIds.get(n), TRIAGE,
                "{\"action\":\"FORWARD\",\"version\":2}"));
        measure("staff.note", "StaffApiFunction", runs, n -> staff("POST", "/complaints/{id}/notes", commentIds.get(n), AGENT,
                "{\"text\":\"sudah dicek ke lokasi\",\"version\":3}"));
        measure("staff.queueReply", "StaffApiFunction", runs, n -> staff("POST", "/complaints/{id}/replies", commentIds.get(n), AGENT,
                "{\"method\":\"PUBLIC_COMMENT_REPLY\",\"template\":\"FORWARDED\",\"version\":4}"));
        measure("staff.startFollowUp", "StaffApiFunction", runs, n -> staff("POST", "/complaints/{id}/actions", commentIds.get(n), AGENT,
                "{\"action\":\"START_FOLLOW_UP\",\"version\":" + version(commentIds.get(n)) + "}"));
        measure("staff.resolve", "StaffApiFunction", runs, n -> staff("POST", "/complaints/{id}/actions", commentIds.get(n), AGENT,
                "{\"action\":\"RESOLVE\",\"version\":" + version(commentIds.get(n)) + "}"));

        measure("reply.sent", "ReplySenderFunction", runs, n -> samples.forFunction("ReplySenderFunction", n));
        measure("schedule.dailyDigest", "DailyDigestFunction", Math.min(runs, 3), n -> SampleEvents.scheduled("DailyDigestFunction"));
        measure("schedule.deliveryRetry", "DeliveryRetryFunction", runs, n -> SampleEvents.scheduled("DeliveryRetryFunction"));
        measure("schedule.mentionContentNothingPending", "MentionContentFunction", runs,
                n -> SampleEvents.scheduled("MentionContentFunction"));
        measure("schedule.triageLearner", "TriageLearnerFunction", Math.min(runs, 3), n -> SampleEvents.scheduled("TriageLearnerFunction"));
        measure("schedule.retentionNothingDue", "RetentionFunction", runs, n -> SampleEvents.scheduled("RetentionFunction"));
        measure("schedule.accountHealth", "AccountHealthFunction", Math.min(runs, 3), n -> SampleEvents.scheduled("AccountHealthFunction"));
        measure("public.figures", "PublicApiFunction", runs, n -> publicRequest("/public/figures"));
        measure("public.transparencyPage", "PublicApiFunction", runs, n -> publicRequest("/open311/v2/requests.json"));
        measured.put("storage.bytesPerComplaint", storedBytesPerComplaint());
    }

    private void measure(String kind, String function, int runs, IntFunction<String> event) {
        var tally = new Tally(function);
        for (int n = 0; n < runs; n++) {
            tally.add(invoke(kind, function, event.apply(n)));
        }
        measured.put(kind, tally.entry(runs));
    }

    /**
     * A delivery is two kinds of work: the webhook's (verify, store the body, queue it), measured as
     * {@code kind}, and the processor's (triage, complaint writes), measured as {@code processing.*} on
     * DeliveryProcessorFunction, each with its own function's time so each is billed at its memory.
     * The queue is read and emptied outside the meter: the event source mapping's receive and delete are
     * not the function's requests, and the bill counts them per batch.
     */
    private void measureDelivery(String kind, int runs, IntFunction<String> delivery) {
        var webhook = new Tally("InstagramWebhookFunction");
        var processor = new Tally("DeliveryProcessorFunction");
        var url = deployment.ref("DeliveryQueue");
        for (int n = 0; n < runs; n++) {
            webhook.add(invoke(kind, "InstagramWebhookFunction", webhookPost(delivery.apply(n))));
            var batch = deployment.sqs().receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(10)
                    .waitTimeSeconds(0).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                continue;
            }
            processor.add(invoke(kind, "DeliveryProcessorFunction",
                    new String(SqsEvents.event(batch, deployment.arn("DeliveryQueue")), StandardCharsets.UTF_8)));
            batch.forEach(message -> deployment.sqs().deleteMessage(request -> request.queueUrl(url)
                    .receiptHandle(message.receiptHandle())));
        }
        measured.put(kind, webhook.entry(runs));
        measured.put("processing." + kind.substring("delivery.".length()), processor.entry(runs));
    }

    /** One metered invocation: its time, its answer, the bytes it logged and what the meter counted. */
    private record Invocation(double millis, int status, long logBytes, Map<String, Double> totals) {
    }

    private Invocation invoke(String kind, String function, String input) {
        var handler = handler(function);
        meter.takeTotals();
        var out = new ByteArrayOutputStream();
        logs.counting = true;
        long start = System.nanoTime();
        try {
            handler.handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new IllegalStateException(kind + " failed", e);
        } finally {
            logs.counting = false;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new Invocation(millis, status(out.toByteArray()), logs.take(), meter.takeTotals());
    }

    /** The invocations of one function for one kind of work, summed to a mean per unit of work. */
    private static final class Tally {
        private final String function;
        private final List<Double> millis = new ArrayList<>();
        private final Map<Integer, Integer> answers = new TreeMap<>();
        private final Map<String, Double> sums = new TreeMap<>();
        private long logBytes;

        Tally(String function) {
            this.function = function;
        }

        void add(Invocation invocation) {
            millis.add(invocation.millis());
            answers.merge(invocation.status(), 1, Integer::sum);
            logBytes += invocation.logBytes();
            invocation.totals().forEach((name, amount) -> sums.merge(name, amount, Double::sum));
        }

        Map<String, Object> entry(int runs) {
            millis.sort(Double::compare);
            var perRun = new TreeMap<String, Double>();
            sums.forEach((name, sum) -> perRun.put(name, round(sum / runs)));
            var entry = new LinkedHashMap<String, Object>();
            entry.put("function", function);
            entry.put("runs", runs);
            entry.put("invocations", millis.size());
            entry.put("answers", answers);
            entry.put("millisP50", millis.isEmpty() ? 0 : round(millis.get(millis.size() / 2)));
            entry.put("logBytes", logBytes / runs);
            entry.put("perRun", perRun);
            return entry;
        }
    }

    private RequestStreamHandler handler(String function) {
        return handlers.computeIfAbsent(function, logicalId -> {
            var environment = samples.environment(deployment.environment(logicalId));
            environment.put("AWS_ENDPOINT_URL", meter.endpoint().toString());
            try {
                var type = Class.forName(deployment.template().function(logicalId).handlerClass());
                return (RequestStreamHandler) type.getConstructor(Settings.class).newInstance(new Settings(environment));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + logicalId, e);
            }
        });
    }

    private String webhookPost(String delivery) {
        return samples.signedPost(delivery);
    }

    private static String publicRequest(String path) {
        return HttpApiEvents.request("GET", path).toJson();
    }

    private static String staff(String method, String route, String id, Map<String, String> claims, String body) {
        return StaffApiLatency.staffRequest(method, route, id, claims, body).toJson();
    }

    private List<String> newest(int count) {
        var ids = BenchComplaints.newIds(deployment);
        return ids.subList(0, Math.min(count, ids.size()));
    }

    private long version(String id) {
        return BenchComplaints.stored(deployment, id).version();
    }

    /** Table bytes per complaint at the end, raw deliveries included (they expire after 30 days). */
    private Map<String, Long> storedBytesPerComplaint() {
        long complaints = 0;
        long complaintBytes = 0;
        long rawBytes = 0;
        for (var item : deployment.items("ComplaintsTable")) {
            var pk = item.get("PK").s();
            long size = CapacityMeter.size(Json.mapper().valueToTree(toWire(item)));
            if (pk.startsWith("RAW#")) {
                rawBytes += size;
            } else {
                complaintBytes += size;
            }
            // A complaint's own item is the only one whose sort key is META.
            if (item.get("SK").s().equals("META")) {
                complaints++;
            }
        }
        return Map.of("complaintItems", complaintBytes / Math.max(1, complaints),
                "rawDeliveries", rawBytes / Math.max(1, complaints));
    }

    private static Map<String, Object> toWire(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        var wire = new LinkedHashMap<String, Object>();
        item.forEach((name, value) -> wire.put(name, attribute(value)));
        return wire;
    }

    private static Map<String, Object> attribute(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        return switch (value.type()) {
            case S -> Map.of("S", value.s());
            case N -> Map.of("N", value.n());
            case B -> Map.of("B", java.util.Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> Map.of("BOOL", value.bool());
            case NUL -> Map.of("NULL", true);
            case SS -> Map.of("SS", value.ss());
            case NS -> Map.of("NS", value.ns());
            case BS -> Map.of("BS", value.bs().stream().map(b -> java.util.Base64.getEncoder().encodeToString(b.asByteArray())).toList());
            case L -> Map.of("L", value.l().stream().map(CostInputs::attribute).toList());
            case M -> Map.of("M", toWire(value.m()));
            default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
        };
    }

    private static int status(byte[] answer) {
        try {
            JsonNode node = Json.mapper().readTree(answer);
            return node != null && node.has("statusCode") ? node.path("statusCode").asInt() : 0;
        } catch (IOException notJson) {
            return 0;
        }
    }

    private static List<CapacityMeter.Index> indexes(SamTemplate template) {
        var table = template.resource("ComplaintsTable").properties();
        var indexes = new ArrayList<CapacityMeter.Index>();
        for (Object definition : (List<?>) table.get("GlobalSecondaryIndexes")) {
            var index = SamTemplate.map(definition);
            String hash = null;
            String range = null;
            for (Object key : (List<?>) index.get("KeySchema")) {
                var element = SamTemplate.map(key);
                if ("HASH".equals(element.get("KeyType"))) {
                    hash = (String) element.get("AttributeName");
                } else {
                    range = (String) element.get("AttributeName");
                }
            }
            var projection = SamTemplate.map(index.get("Projection"));
            var included = projection.get("NonKeyAttributes") instanceof List<?> names
                    ? Set.copyOf(names.stream().map(String::valueOf).toList()) : Set.<String>of();
            indexes.add(new CapacityMeter.Index(hash, range, (String) projection.get("ProjectionType"), included));
        }
        return indexes;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Counts the bytes functions log while being measured (CloudWatch Logs bills them) and notes the
     * metrics their Embedded Metric Format lines define (CloudWatch bills each metric a month); keeps no line.
     */
    private static final class LogBytes extends OutputStream {
        private volatile boolean counting;
        private long count;
        private final StringBuilder line = new StringBuilder();
        private final Set<String> metrics = new TreeSet<>();

        @Override
        public synchronized void write(int b) {
            if (!counting) {
                return;
            }
            count++;
            if (b == '\n') {
                noteMetrics(line.toString());
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        private void noteMetrics(String text) {
            if (!text.contains("CloudWatchMetrics")) {
                return;
            }
            try {
                var json = Json.mapper().readTree(text);
                var function = json.path("Function").asText();
                json.path("_aws").path("CloudWatchMetrics").forEach(group -> group.path("Metrics").forEach(metric ->
                        metrics.add(function.replace("aduan-cost-", "") + "/" + metric.path("Name").asText())));
            } catch (IOException notJson) {
                // a plain log line
            }
        }

        synchronized long take() {
            var taken = count;
            count = 0;
            return taken;
        }

        synchronized Set<String> metrics() {
            return new TreeSet<>(metrics);
        }
    }
}
