package id.aduan.bench;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.ComplaintItems;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbPeriodIndex;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.Rejection;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Status;
import id.aduan.core.report.Grouping;
import id.aduan.core.report.PublicFigures;
import id.aduan.core.report.Report;
import id.aduan.core.report.ReportWindow;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Requests, items read and time of the staff reports and the public figures over a year at a large
 * city's volume, against the emulator: complaints spread over 2026, most answered, verified, forwarded
 * and resolved, some rejected. Usage: {@code ReportBenchmark [complaints in the year (15000)]}.
 */
public final class ReportBenchmark {

    private static final Instant NOW = Instant.parse("2027-01-05T03:00:00Z");
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final List<String> UNITS = List.of("BINA_MARGA_SDA", "PERHUBUNGAN", "LINGKUNGAN_HIDUP", "SOSIAL",
            "KESEHATAN", "SATPOL_PP");
    private static final List<String> CATEGORIES = List.of("Jalan rusak", "PJU mati", "Sampah menumpuk",
            "Drainase tersumbat", "Parkir liar");
    private static final int BATCH = 25;

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 15_000;
        try (var emulator = AwsEmulator.fromEnvironment()) {
            var deployment = Deployment.create(emulator, SamTemplate.locate(), "aduan-bench", TestSecrets.byLogicalId());
            var settings = new Settings(deployment.environment("PublicApiFunction"));
            var reads = new ItemsRead();
            var dynamoDb = reads.client(emulator);
            long seeding = System.nanoTime();
            var tenant = TenantSettings.configured(settings).first();
            seed(deployment, settings.tableName(), tenant, count);
            System.out.printf("seeded %,d complaints received in 2026 in %.1f s%n", count,
                    (System.nanoTime() - seeding) / 1e9);
            var index = new DynamoDbPeriodIndex(new ComplaintTable(dynamoDb, settings.tableName()).forTenant(tenant));
            var calendar = RULES.calendar();
            System.out.println("| report | complaints counted | Query requests | items read | ms |");
            System.out.println("|---|---|---|---|---|");
            for (var window : List.of(
                    Map.entry("summary, one month (Dec 2026), by unit",
                            ReportWindow.months(YearMonth.of(2026, 12), YearMonth.of(2026, 12))),
                    Map.entry("summary, a quarter (Q4 2026), by unit",
                            ReportWindow.months(YearMonth.of(2026, 10), YearMonth.of(2026, 12))),
                    Map.entry("summary, the year 2026, by unit",
                            ReportWindow.months(YearMonth.of(2026, 1), YearMonth.of(2026, 12))))) {
                measure(window.getKey(), reads, () -> Report.of(window.getValue(), Grouping.UNIT,
                        index.receivedIn(window.getValue()), index.movesIn(window.getValue()), Optional.empty(), NOW,
                        calendar).total().received());
            }
            var thisMonth = YearMonth.of(2027, 1);
            measure("public figures (13 months)", reads, () -> PublicFigures.of(thisMonth,
                    index.receivedIn(PublicFigures.window(thisMonth)), NOW, calendar).months().stream()
                    .mapToInt(PublicFigures.MonthFigures::received).sum());
        }
    }

    private static void measure(String what, ItemsRead reads, Supplier<Integer> report) {
        report.get();
        reads.reset();
        long started = System.nanoTime();
        int counted = report.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("| %s | %,d | %d | %,d | %,d |%n", what, counted, reads.queries.sum(), reads.queried.sum(),
                millis);
    }

    private static void seed(Deployment deployment, String table, Tenant tenant, int count) {
        var random = new Random(15);
        var start = Instant.parse("2025-12-31T17:00:00Z");
        long year = Duration.ofDays(365).toMinutes();
        var batch = new ArrayList<WriteRequest>();
        for (int i = 0; i < count; i++) {
            var at = start.plus(Duration.ofMinutes((long) (random.nextDouble() * year)));
            var item = ComplaintItems.of(tenant, complaint(random, at));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == BATCH || i == count - 1) {
                Map<String, List<WriteRequest>> unprocessed = Map.of(table, List.copyOf(batch));
                while (!unprocessed.isEmpty()) {
                    var pending = unprocessed;
                    unprocessed = deployment.dynamoDb().batchWriteItem(request -> request.requestItems(pending))
                            .unprocessedItems();
                }
                batch.clear();
            }
        }
    }

    /** A complaint at its state today: answered within hours, most verified, forwarded and resolved in days. */
    private static Complaint complaint(Random random, Instant at) {
        var id = ComplaintId.generate(at, random);
        var priority = Priority.values()[random.nextInt(Priority.values().length)];
        var opening = ReporterMessage.received(id.value(), Channel.COMMENT,
                "Jalan berlubang di depan sekolah, mohon segera diperbaiki", List.of(), at);
        var complaint = Complaint.open(id, TrackingCode.random(random), "178414", new Reporter("1", "bench"), opening,
                new ReplyTarget(ReplyTarget.Kind.COMMENT, id.value()), false, TriageState.PENDING, priority,
                ComplaintClocks.onReceived(at, priority, "", RULES));
        var t = at.plus(Duration.ofMinutes(5 + random.nextInt(2 * 24 * 60)));
        complaint = complaint.answered(t, RULES);
        if (random.nextInt(10) == 0) {
            return move(complaint, Status.REJECTED, t).rejection(new Rejection(RejectionReason.NOT_A_COMPLAINT, null,
                    null, null)).build();
        }
        t = t.plus(Duration.ofHours(1 + random.nextInt(72)));
        var verified = move(complaint, Status.VERIFIED, t).unit(UNITS.get(random.nextInt(UNITS.size())))
                .category(CATEGORIES.get(random.nextInt(CATEGORIES.size()))).build();
        var forwarded = move(verified, Status.FORWARDED, t).build();
        t = t.plus(Duration.ofHours(1 + random.nextInt(120)));
        var started = move(forwarded, Status.IN_PROGRESS, t).build();
        t = t.plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
        if (t.isAfter(NOW)) {
            return started;
        }
        return move(started, Status.RESOLVED, t).resolvedAt(t).build();
    }

    private static Complaint.Builder move(Complaint before, Status to, Instant at) {
        return before.toBuilder().status(to).clocks(before.clocks().onStatusChange(before.status(), to, at, RULES));
    }
}
