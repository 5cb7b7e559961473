package id.aduan.local.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly AWS bill of a deployment: the work a month's usage makes (deliveries, staff requests and
 * actions, replies, scheduled runs), priced by what each unit of work was measured to cost.
 */
public final class MonthlyBill {

    /** One line of the bill: a service, what is paid for, how much of it, and the cost in dollars. */
    public record Line(String service, String what, double quantity, String unit, double dollars) {
    }

    private static final double GB = 1024.0 * 1024 * 1024;

    /**
     * The queues Lambda polls for a function: DeliveryQueue (DeliveryProcessorFunction) and the reply
     * queue (ReplySenderFunction).
     */
    static final int QUEUE_EVENT_SOURCES = 2;

    /**
     * Empty receives an idle event source mapping makes a month. AWS documents that Lambda long-polls a
     * standard queue with five concurrent pollers ("Configuring scaling behavior for SQS event source
     * mappings", Lambda developer guide; it may go down to two when traffic is low), and a long poll waits
     * at most 20 seconds: 5 × 3 receives a minute. AWS publishes no exact idle rate; this is its model.
     */
    static final double IDLE_RECEIVES_A_MONTH = 5 * 3 * Usage.MINUTES_A_MONTH;

    private final List<Line> lines = new ArrayList<>();

    private MonthlyBill() {
    }

    public static MonthlyBill compute(Usage usage, MeasuredWork work, PriceTable prices) {
        var bill = new MonthlyBill();
        var volumes = volumes(usage);
        double wru = 0;
        double rru = 0;
        double lambdaInvocations = 0;
        double gbSeconds = 0;
        double logBytes = 0;
        double deliveryQueue = 0;
        double replyQueue = 0;
        double publishes = 0;
        double secretCalls = 0;
        double httpRequests = 0;
        for (var volume : volumes.entrySet()) {
            var unit = work.kind(volume.getKey());
            double times = volume.getValue();
            wru += times * unit.count("DynamoDb.WRU");
            rru += times * unit.count("DynamoDb.RRU");
            lambdaInvocations += times;
            gbSeconds += times * unit.billedMillis(usage.awsRequestMillis()) / 1000.0 * usage.memoryGb();
            // Lambda's own START, END and REPORT lines come with every invocation.
            logBytes += times * (unit.logBytes() + 350);
            if (isDeliveryWork(volume.getKey())) {
                deliveryQueue += times * unit.requests("AmazonSQS");
            } else {
                replyQueue += times * unit.requests("AmazonSQS");
            }
            publishes += times * unit.count("sns.Publish");
            secretCalls += times * unit.count("secretsmanager.GetSecretValue");
            if (volume.getKey().startsWith("delivery.") || volume.getKey().startsWith("staff.")
                    || volume.getKey().startsWith("public.")) {
                httpRequests += times;
            }
        }
        // The event source mapping receives and deletes each batch: a processor's invocation is one batch.
        deliveryQueue += 2 * volumes.entrySet().stream().filter(volume -> volume.getKey().startsWith("processing."))
                .mapToDouble(Map.Entry::getValue).sum();
        // A queued reply is sent, received and deleted.
        replyQueue += 2 * volumes.getOrDefault("reply.sent", 0.0);
        double idleReceives = QUEUE_EVENT_SOURCES * IDLE_RECEIVES_A_MONTH;

        bill.add("DynamoDB", "write request units", wru, "WRU", wru / 1e6 * prices.price("dynamoWriteUnitsPerMillion"));
        bill.add("DynamoDB", "read request units", rru, "RRU", rru / 1e6 * prices.price("dynamoReadUnitsPerMillion"));
        double storedGb = (usage.complaints() * usage.retentionMonths() * work.complaintBytes()
                + usage.complaints() * (1 + usage.otherDeliveriesPerComplaint() + usage.followUpsPerComplaint())
                * work.rawDeliveryBytes()) / GB;
        bill.add("DynamoDB", "storage (complaints kept " + (long) usage.retentionMonths() + " months, deliveries 30 days)",
                storedGb, "GB", storedGb * prices.price("dynamoStorageGbMonth"));
        bill.add("DynamoDB", "point-in-time recovery", storedGb, "GB", storedGb * prices.price("dynamoPointInTimeRecoveryGbMonth"));
        bill.add("Lambda", "invocations", lambdaInvocations, "requests", lambdaInvocations / 1e6 * prices.price("lambdaRequestsPerMillion"));
        bill.add("Lambda", "compute (arm64: the handlers' own time plus " + (long) usage.awsRequestMillis() + " ms an AWS request)", gbSeconds, "GB-s",
                gbSeconds * prices.price("lambdaArmGbSecond"));
        bill.add("API Gateway", "HTTP API requests (webhook, staff and public API)", httpRequests, "requests",
                httpRequests / 1e6 * prices.price("httpApiRequestsPerMillion"));
        double sqsPrice = prices.price("sqsRequestsPerMillion") / 1e6;
        bill.add("SQS", "delivery queue requests (sent by the webhook; received and deleted a batch)", deliveryQueue,
                "requests", deliveryQueue * sqsPrice);
        bill.add("SQS", "reply queue requests", replyQueue, "requests", replyQueue * sqsPrice);
        bill.add("SQS", "empty long polls of " + QUEUE_EVENT_SOURCES + " idle event source mappings", idleReceives,
                "requests", idleReceives * sqsPrice);
        bill.add("SNS", "alert publishes", publishes, "publishes", publishes / 1e6 * prices.price("snsPublishesPerMillion"));
        bill.add("SNS", "alert e-mails (one subscriber)", publishes, "e-mails", publishes / 1e5 * prices.price("snsEmailsPer100k"));
        bill.add("Secrets Manager", "secrets", usage.secrets(), "secrets", usage.secrets() * prices.price("secretsPerMonth"));
        bill.add("Secrets Manager", "API calls (cached 5 minutes a container)", secretCalls, "calls",
                secretCalls / 1e4 * prices.price("secretsApiCallsPer10k"));
        double logGb = logBytes / GB;
        bill.add("CloudWatch", "logs ingested", logGb, "GB", logGb * prices.price("logsIngestedGb"));
        bill.add("CloudWatch", "logs stored (" + (long) usage.logRetentionMonths() + " months)", logGb * usage.logRetentionMonths(),
                "GB", logGb * usage.logRetentionMonths() * prices.price("logsStoredGbMonth"));
        bill.add("CloudWatch", "custom metrics (Embedded Metric Format, as the functions defined them)", work.metrics(),
                "metrics", work.metrics() * prices.price("metricsPerMonth"));
        bill.add("CloudWatch", "alarms", usage.alarms(), "alarms", usage.alarms() * prices.price("alarmsPerMonth"));
        bill.add("CloudWatch", "dashboard", 1, "dashboard", prices.price("dashboardsPerMonth"));
        // The console's first load (about 150 KB) once per staff member and working day, from CloudFront.
        double consoleGb = usage.staff() * 22 * 150 * 1024 / GB;
        bill.add("CloudFront", "console assets", consoleGb, "GB", consoleGb * prices.price("cloudFrontGbOut")
                + usage.staff() * 22 * 10 / 1e4 * prices.price("cloudFrontHttpsRequestsPer10k"));
        bill.add("S3", "console assets stored", 0.001, "GB", 0.001 * prices.price("s3StorageGbMonth"));
        return bill;
    }

    /** How many times a month each measured kind of work happens. */
    static Map<String, Double> volumes(Usage usage) {
        double complaints = usage.complaints();
        var volumes = new LinkedHashMap<String, Double>();
        volumes.put("delivery.commentOpensComplaint", complaints * 0.6);
        volumes.put("delivery.directMessageOpensComplaint", complaints * 0.4);
        volumes.put("delivery.directMessageFollowsUp", complaints * (usage.followUpsPerComplaint() + usage.otherDeliveriesPerComplaint()));
        // The processor takes in each delivery the webhook queued, alone in its batch at these volumes; a
        // repeated delivery is recognised when stored and never queued.
        for (var queued : List.copyOf(volumes.entrySet())) {
            volumes.put("processing." + queued.getKey().substring("delivery.".length()), queued.getValue());
        }
        volumes.put("delivery.repeated", complaints * 0.05);
        volumes.put("staff.listQueue", usage.queuePolls());
        volumes.put("staff.openComplaint", complaints * usage.opensPerComplaint());
        volumes.put("staff.verify", complaints);
        volumes.put("staff.forward", complaints);
        volumes.put("staff.note", complaints);
        volumes.put("staff.queueReply", complaints * usage.repliesPerComplaint());
        volumes.put("staff.startFollowUp", complaints);
        volumes.put("staff.resolve", complaints);
        volumes.put("reply.sent", complaints * usage.repliesPerComplaint());
        volumes.put("schedule.slaSweepNothingDue", Usage.MINUTES_A_MONTH);
        volumes.put("schedule.slaSweepOneDue", complaints * usage.alertingShare());
        volumes.put("schedule.dailyDigest", 30.0);
        volumes.put("schedule.deliveryRetry", Usage.MINUTES_A_MONTH / 5);
        volumes.put("schedule.mentionContentNothingPending", Usage.MINUTES_A_MONTH / 5);
        volumes.put("schedule.triageLearner", 30.0);
        volumes.put("schedule.retentionNothingDue", 30 * 24.0);
        volumes.put("schedule.accountHealth", 30 * 4.0);
        volumes.put("public.figures", usage.publicViews() / 2);
        volumes.put("public.transparencyPage", usage.publicViews() / 2);
        return volumes;
    }

    private static boolean isDeliveryWork(String kind) {
        return kind.startsWith("delivery.") || kind.startsWith("processing.");
    }

    private void add(String service, String what, double quantity, String unit, double dollars) {
        lines.add(new Line(service, what, quantity, unit, dollars));
    }

    public List<Line> lines() {
        return lines.stream().sorted(Comparator.comparingDouble(Line::dollars).reversed()).toList();
    }

    public double total() {
        return lines.stream().mapToDouble(Line::dollars).sum();
    }
}
