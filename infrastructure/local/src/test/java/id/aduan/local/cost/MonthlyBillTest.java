package id.aduan.local.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.aduan.adapters.json.Json;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MonthlyBillTest {

    /** Every price 1 dollar a unit of its table, so each line shows its own arithmetic. */
    private static final PriceTable ONE_DOLLAR = new PriceTable("test-1", "Test", "2026-12-05", "test", new TreeMap<>(Map.ofEntries(
            Map.entry("lambdaRequestsPerMillion", 1.0), Map.entry("lambdaArmGbSecond", 1.0),
            Map.entry("dynamoWriteUnitsPerMillion", 1.0), Map.entry("dynamoReadUnitsPerMillion", 1.0),
            Map.entry("dynamoStorageGbMonth", 1.0), Map.entry("dynamoPointInTimeRecoveryGbMonth", 1.0),
            Map.entry("httpApiRequestsPerMillion", 1.0), Map.entry("sqsRequestsPerMillion", 1.0),
            Map.entry("snsPublishesPerMillion", 1.0), Map.entry("snsEmailsPer100k", 1.0),
            Map.entry("secretsPerMonth", 1.0), Map.entry("secretsApiCallsPer10k", 1.0),
            Map.entry("logsIngestedGb", 1.0), Map.entry("logsStoredGbMonth", 1.0), Map.entry("metricsPerMonth", 1.0),
            Map.entry("alarmsPerMonth", 1.0), Map.entry("dashboardsPerMonth", 1.0), Map.entry("s3StorageGbMonth", 1.0),
            Map.entry("cloudFrontGbOut", 1.0), Map.entry("cloudFrontHttpsRequestsPer10k", 1.0))));

    @Test
    void writeUnitsArePricedPerMillionFromWhatEachKindOfWorkWasMeasuredToTake() {
        var work = workWhere("staff.verify", Map.of("DynamoDb.WRU", 25.0));
        var usage = Usage.defaults(1_000);

        var bill = MonthlyBill.compute(usage, work, ONE_DOLLAR);

        // 1,000 verifications of 25 units, and 2 units for every other measured kind's run.
        double otherRuns = MonthlyBill.volumes(usage).entrySet().stream()
                .filter(volume -> !volume.getKey().equals("staff.verify")).mapToDouble(Map.Entry::getValue).sum();
        assertThat(line(bill, "write request units").quantity()).isCloseTo(25_000 + 2 * otherRuns, within(1e-6));
        assertThat(line(bill, "write request units").dollars()).isCloseTo((25_000 + 2 * otherRuns) / 1e6, within(1e-9));
    }

    @Test
    void theSweepRunsEveryMinuteWhateverTheVolumeAndThePollingGrowsWithTheStaff() {
        var volumes = MonthlyBill.volumes(new Usage(300, 3, 20, 1, 0.8, 4, 1.5, 0.3, 24, 3, 1, 10, 26, 3));

        assertThat(volumes.get("schedule.slaSweepNothingDue")).isEqualTo(43_200.0);
        assertThat(volumes.get("staff.listQueue")).isEqualTo(3 * 22 * 8 * 3600 / 20.0);
        assertThat(volumes.get("reply.sent")).isEqualTo(450.0);
    }

    @Test
    void fixedLinesCostTheSameForAnyVolumeAndTheTotalIsTheSumOfTheLines() {
        var work = workWhere("staff.verify", Map.of());
        var small = MonthlyBill.compute(Usage.defaults(10), work, ONE_DOLLAR);

        assertThat(line(small, "alarms").dollars()).isEqualTo(26.0);
        assertThat(line(small, "secrets").dollars()).isEqualTo(3.0);
        assertThat(line(small, "dashboard").dollars()).isEqualTo(1.0);
        assertThat(line(small, "custom metrics").dollars()).isEqualTo(40.0);
        assertThat(small.total()).isCloseTo(small.lines().stream().mapToDouble(MonthlyBill.Line::dollars).sum(), within(1e-9));
        assertThat(small.lines()).isSortedAccordingTo((a, b) -> Double.compare(b.dollars(), a.dollars()));
    }

    @Test
    void storageKeepsComplaintsForTheRetentionAndDeliveriesForThirtyDays() {
        var work = workWhere("staff.verify", Map.of());
        var usage = Usage.defaults(1_000);

        var bill = MonthlyBill.compute(usage, work, ONE_DOLLAR);

        double bytes = 1_000 * 24 * 8_000.0 + 1_000 * (1 + 1.0 + 0.8) * 600.0;
        assertThat(line(bill, "storage").quantity()).isCloseTo(bytes / (1024.0 * 1024 * 1024), within(1e-9));
    }

    @Test
    void theBundledTablesAndMeasurementsHaveEveryPriceAndKindTheBillUses() {
        var work = MeasuredWork.bundled();
        for (var region : new String[] {"ap-southeast-3", "ap-southeast-1"}) {
            var bill = MonthlyBill.compute(Usage.defaults(1_500), work, PriceTable.forRegion(region));
            assertThat(bill.total()).isPositive();
        }
    }

    @Test
    void theDeliveryQueueBillsTheWebhooksSendsAndAReceiveAndDeleteForEveryProcessorBatch() {
        var work = workWhere("delivery.commentOpensComplaint", Map.of("AmazonSQS.SendMessage", 1.0));
        var usage = Usage.defaults(1_000);

        var bill = MonthlyBill.compute(usage, work, ONE_DOLLAR);

        // 600 comments queued; 1,000 openings and 1,800 follow-ups processed, each batch received and deleted.
        double processed = 600 + 400 + 1_000 * (0.8 + 1.0);
        assertThat(line(bill, "delivery queue requests").quantity()).isCloseTo(600 + 2 * processed, within(1e-6));
        assertThat(line(bill, "delivery queue requests").dollars()).isCloseTo((600 + 2 * processed) / 1e6, within(1e-12));
        assertThat(line(bill, "reply queue requests").quantity()).isCloseTo(2 * 1_500, within(1e-6));
    }

    @Test
    void idleEventSourceMappingsLongPollBothQueuesWhateverTheVolume() {
        var work = workWhere("staff.verify", Map.of());

        var small = MonthlyBill.compute(Usage.defaults(10), work, ONE_DOLLAR);
        var large = MonthlyBill.compute(Usage.defaults(20_000), work, ONE_DOLLAR);

        // Five pollers, a 20-second long poll each, every minute of 30 days, on two queues.
        assertThat(line(small, "empty long polls").quantity()).isEqualTo(2 * 5 * 3 * 43_200.0);
        assertThat(line(large, "empty long polls").dollars()).isEqualTo(line(small, "empty long polls").dollars());
    }

    @Test
    void theProcessorIsInvokedOnceForEveryDeliveryTheWebhookQueuedButNotForRepeats() {
        var volumes = MonthlyBill.volumes(Usage.defaults(1_000));

        assertThat(volumes.get("processing.commentOpensComplaint")).isEqualTo(volumes.get("delivery.commentOpensComplaint"));
        assertThat(volumes.get("processing.directMessageFollowsUp")).isEqualTo(1_800.0);
        assertThat(volumes).doesNotContainKey("processing.repeated");
    }

    @Test
    void theProcessorsTimeIsBilledBesideTheWebhooks() {
        var usage = Usage.defaults(1_000);
        var quick = workWhere("staff.verify", Map.of());
        var slowProcessing = workWhere("staff.verify", Map.of());
        slowProcessing.kinds().put("processing.commentOpensComplaint",
                new MeasuredWork.Unit("DeliveryProcessorFunction", 1_100, 500, Map.of()));

        double extra = line(MonthlyBill.compute(usage, slowProcessing, ONE_DOLLAR), "compute").quantity()
                - line(MonthlyBill.compute(usage, quick, ONE_DOLLAR), "compute").quantity();

        // 600 processed comments take a second more each, at 1 GB.
        assertThat(extra).isCloseTo(600.0, within(1e-6));
    }

    @Test
    void everyMeasuredKindIsAnInvocationAndThePublicApiIsBilledAsHttpRequests() {
        var usage = Usage.defaults(1_000);
        var bill = MonthlyBill.compute(usage, workWhere("staff.verify", Map.of()), ONE_DOLLAR);
        var volumes = MonthlyBill.volumes(usage);

        assertThat(line(bill, "invocations").quantity())
                .isCloseTo(volumes.values().stream().mapToDouble(Double::doubleValue).sum(), within(1e-6));
        assertThat(volumes.get("schedule.retentionNothingDue")).isEqualTo(720.0);
        assertThat(volumes.get("schedule.accountHealth")).isEqualTo(120.0);
        assertThat(volumes.get("public.figures") + volumes.get("public.transparencyPage")).isEqualTo(5_000.0);
        double http = volumes.entrySet().stream().filter(volume -> volume.getKey().matches("(delivery|staff|public)\\..*"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertThat(line(bill, "HTTP API requests").quantity()).isCloseTo(http, within(1e-6));
        assertThat(http).isGreaterThan(volumes.get("delivery.commentOpensComplaint") + 5_000.0);
    }

    /** Measured work where every kind takes 2 write units, except {@code kind}, which takes {@code counts}. */
    private static MeasuredWork workWhere(String kind, Map<String, Double> counts) {
        var kinds = new TreeMap<String, MeasuredWork.Unit>();
        MonthlyBill.volumes(Usage.defaults(1)).keySet().forEach(name ->
                kinds.put(name, new MeasuredWork.Unit("Function", 100, 500, Map.of("DynamoDb.WRU", 2.0))));
        kinds.put(kind, new MeasuredWork.Unit("Function", 100, 500, counts));
        return new MeasuredWork("2026-12-05", kinds, 8_000, 600, 40);
    }

    private static MonthlyBill.Line line(MonthlyBill bill, String what) {
        return bill.lines().stream().filter(line -> line.what().startsWith(what)).findFirst().orElseThrow();
    }

    @Test
    void lambdaBillsTheHandlersOwnTimeNotTheEmulatorsPlusATimePerAwsRequest() {
        var unit = new MeasuredWork.Unit("StaffApiFunction", 250, 600,
                Map.of("EmulatorMillis", 230.0, "DynamoDb.GetItem", 1.0, "DynamoDb.TransactWriteItems", 1.0,
                        "DynamoDb.WRU", 25.0, "DynamoDb.StoredBytes", 900.0));

        assertThat(unit.billedMillis(10)).isEqualTo(20 + 2 * 10.0);
    }

    @Test
    void aPriceTableWithoutAPriceTheBillNeedsIsRefused() throws Exception {
        var table = PriceTable.parse(Json.mapper().readTree("{\"region\":\"x\",\"lambdaArmGbSecond\":1}"));
        assertThat(table.price("lambdaArmGbSecond")).isEqualTo(1.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.price("dynamoWriteUnitsPerMillion"))
                .hasMessageContaining("dynamoWriteUnitsPerMillion");
    }
}
