package id.aduan.core.ingest;

import id.aduan.core.kernel.Deadline;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.InMemoryAlertOutbox;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.Assessors;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryIntakeTest {

    private static final Instant NOW = Instant.parse("2026-08-05T04:00:00Z");
    private static final String SECRET = "s";
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final InMemoryTable table = new InMemoryTable();
    /** A comment whose opening fails as a storage error does. */
    private String failFor;
    /** A comment whose opening DynamoDB refuses for good, as an item too large. */
    private String refuseFor;
    private final Set<String> registered = new HashSet<>(Set.of("1"));
    private final List<String> sightings = new ArrayList<>();
    private final Map<String, RecordedAlert> notices = new HashMap<>();

    @Test
    void changeForAnUnregisteredAccountIsHeldNotedAndAlertedOnceADay() {
        var intake = intake(List.of(comment("17900000000000001"), comment("99", "17900000000000002"),
                comment("99", "17900000000000003")), 1);

        var result = (IntakeResult.Processed) receiveAndTakeIn(intake, Deadline.none());

        assertThat(result.summary().outcomes()).containsEntry("created", 1).containsEntry("held", 2);
        assertThat(result.summary().heldFor()).containsExactly("99");
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.HELD);
        assertThat(deliveries.retryAt).isNull();
        assertThat(openedBy()).containsExactly("17900000000000001");
        assertThat(sightings).containsExactly("99", "99");
        assertThat(notices).containsOnlyKeys("99/UNKNOWN_ACCOUNT#2026-08-05");
        assertThat(notices.values()).singleElement().satisfies(alert -> assertThat(alert.alert().attributes())
                .containsEntry("problem", "UNKNOWN_ACCOUNT").containsEntry("account", "99"));
    }

    @Test
    void heldDeliveryIsTakenInOnceItsAccountIsRegistered() {
        var intake = intake(List.of(comment("99", "17900000000000002")), 1);
        receiveAndTakeIn(intake, Deadline.none());
        registered.add("99");

        var replayed = (IntakeResult.Processed) intake.replay(RawDelivery.idOf(BODY), Deadline.none());

        assertThat(replayed.summary().outcomes()).containsOnlyKeys("created");
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.PROCESSED);
        assertThat(table.complaints()).singleElement().extracting(Complaint::account).isEqualTo("99");
    }
    private final List<String> queued = new ArrayList<>();
    private final InMemoryAlertOutbox alerts = new InMemoryAlertOutbox();
    private boolean queueDown;

    @Test
    void failingConversationDoesNotStopTheOthers() {
        failFor = "17900000000000002";
        var intake = intake(List.of(comment("17900000000000001"), comment("17900000000000002"), comment("17900000000000003")), 4);

        var result = (IntakeResult.Processed) receiveAndTakeIn(intake, Deadline.none());

        assertThat(result.summary().outcomes()).containsEntry("created", 2);
        assertThat(result.summary().problems()).singleElement().asString().startsWith("entry[1]: IllegalStateException");
        assertThat(deliveries.retryAt).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void nearTheTimeLimitNoNewChangeStartsAndTheRestIsRetried() {
        var intake = intake(List.of(comment("17900000000000001"), comment("17900000000000002")), 1);

        var result = (IntakeResult.Processed) receiveAndTakeIn(intake, () -> Duration.ofMillis(1500));

        assertThat(result.summary().complete()).isFalse();
        assertThat(table.complaints()).isEmpty();
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.FAILED);
    }

    @Test
    void retriesBackOffAndStopAfterTheLastAttempt() {
        failFor = "17900000000000001";
        var intake = intake(List.of(comment("17900000000000001")), 1);
        receiveAndTakeIn(intake, Deadline.none());
        var id = RawDelivery.idOf(BODY);

        deliveries.attempts = 2;
        intake.replay(id, Deadline.none());
        assertThat(deliveries.retryAt).isEqualTo(NOW.plus(Duration.ofMinutes(45)));

        deliveries.attempts = DeliveryIntake.MAX_ATTEMPTS - 1;
        intake.replay(id, Deadline.none());
        assertThat(deliveries.retryAt).isNull();
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.FAILED);
    }

    @Test
    void receivingStoresAndQueuesWithoutTakingAnythingIn() {
        var intake = intake(List.of(comment("17900000000000001")), 1);

        var result = intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));

        assertThat(result).isEqualTo(new ReceiveResult.Accepted(RawDelivery.idOf(BODY), true));
        assertThat(queued).containsExactly(RawDelivery.idOf(BODY));
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.RECEIVED);
        assertThat(table.complaints()).isEmpty();
    }

    @Test
    void deliveryTheQueueRefusesIsAcceptedAndLeftDueForTheScheduledRetry() {
        queueDown = true;
        var intake = intake(List.of(comment("17900000000000001")), 1);

        var result = intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));

        assertThat(result).isEqualTo(new ReceiveResult.Accepted(RawDelivery.idOf(BODY), false));
        assertThat(deliveries.retryAt).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void unfinishedDeliveryReceivedAgainIsQueuedAgain() {
        var intake = intake(List.of(comment("17900000000000001")), 1);
        intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));

        intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));

        assertThat(queued).hasSize(2);
    }

    @Test
    void processedDeliveryIsNeitherQueuedNorTakenInAgain() {
        var intake = intake(List.of(comment("17900000000000001")), 1);
        receiveAndTakeIn(intake, Deadline.none());

        var again = intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));
        var queuedTwice = intake.takeIn(RawDelivery.idOf(BODY), Deadline.none());

        assertThat(again).isInstanceOf(IntakeResult.AlreadyProcessed.class);
        assertThat(queuedTwice).isInstanceOf(IntakeResult.AlreadyProcessed.class);
        assertThat(queued).hasSize(1);
        assertThat(openedBy()).containsExactly("17900000000000001");
    }

    @Test
    void malformedChangeSetsTheDeliveryAsideAtOnceWithOneOperationsAlert() {
        var intake = intakeOf(List.of(new DeliveryItem.Malformed("entry[0]", "entry has no id"),
                new DeliveryItem.Change("entry[1]", comment("17900000000000001"))), 1);

        var result = (IntakeResult.Processed) receiveAndTakeIn(intake, Deadline.none());
        var again = intake.takeIn(RawDelivery.idOf(BODY), Deadline.none());
        var replayed = intake.replay(RawDelivery.idOf(BODY), Deadline.none());

        assertThat(result.summary().deadLettered()).isTrue();
        assertThat(result.summary().permanentProblems()).containsExactly("entry[0]: entry has no id");
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.DEAD);
        assertThat(deliveries.retryAt).isNull();
        assertThat(again).isInstanceOf(IntakeResult.AlreadyProcessed.class);
        assertThat(replayed).isInstanceOf(IntakeResult.Processed.class);
        assertThat(openedBy()).containsExactly("17900000000000001");
        assertThat(alerts.published).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Alert.Kind.OPERATIONS);
            assertThat(alert.attributes()).containsEntry(AlertAttributes.AUDIENCE, "OPERATIONS")
                    .containsEntry("delivery", RawDelivery.idOf(BODY));
            assertThat(alert.text()).contains("entry[0]: entry has no id");
        });
    }

    @Test
    void changeTheStoreRefusesForGoodIsNotRetried() {
        refuseFor = "17900000000000002";
        var intake = intake(List.of(comment("17900000000000001"), comment("17900000000000002")), 2);

        var result = (IntakeResult.Processed) receiveAndTakeIn(intake, Deadline.none());

        assertThat(result.summary().permanentProblems()).singleElement().asString()
                .startsWith("entry[1]: IllegalArgumentException");
        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.DEAD);
        assertThat(alerts.published).hasSize(1);
    }

    @Test
    void deliveryWithATemporaryProblemBesideAPermanentOneIsRetriedFirstAndAlertsNothingYet() {
        failFor = "17900000000000001";
        refuseFor = "17900000000000002";
        var intake = intake(List.of(comment("17900000000000001"), comment("17900000000000002")), 2);

        receiveAndTakeIn(intake, Deadline.none());

        assertThat(deliveries.status).isEqualTo(DeliveryRecord.Status.FAILED);
        assertThat(deliveries.retryAt).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(alerts.published).isEmpty();
    }

    @Test
    void deliveryWhoseBodyCannotBeStoredIsNotStoredWithItsErrorAndNotQueued() {
        deliveries.down = true;
        var intake = intake(List.of(comment("17900000000000001")), 1);

        var result = intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));

        assertThat(result).isInstanceOfSatisfying(ReceiveResult.NotStored.class, notStored -> {
            assertThat(notStored.step()).isEqualTo("storing the body");
            assertThat(notStored.error()).hasMessage("table unavailable");
        });
        assertThat(queued).isEmpty();
    }

    @Test
    void badSignatureStoresNothing() {
        var intake = intake(List.of(comment("17900000000000001")), 1);

        var result = intake.receive(BODY, WebhookSignature.sign(BODY, "other"));

        assertThat(result).isEqualTo(new ReceiveResult.Unauthenticated(WebhookSignature.Verdict.INVALID));
        assertThat(deliveries.stored).isNull();
        assertThat(queued).isEmpty();
    }

    private IntakeResult receiveAndTakeIn(DeliveryIntake intake, Deadline deadline) {
        var accepted = (ReceiveResult.Accepted) intake.receive(BODY, WebhookSignature.sign(BODY, SECRET));
        return intake.takeIn(accepted.deliveryId(), deadline);
    }

    private DeliveryIntake intake(List<InstagramChange> changes, int parallelism) {
        var items = new ArrayList<DeliveryItem>();
        for (int i = 0; i < changes.size(); i++) {
            items.add(new DeliveryItem.Change("entry[" + i + "]", changes.get(i)));
        }
        return intakeOf(items, parallelism);
    }

    private DeliveryIntake intakeOf(List<DeliveryItem> items, int parallelism) {
        WebhookSecrets secrets = new WebhookSecrets() {
            public List<String> appSecrets() {
                return List.of(SECRET);
            }

            public String verifyToken() {
                return "token";
            }
        };
        var rules = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
        var assessor = Assessors.builtIn(rules);
        DeliveryQueue queue = id -> {
            if (queueDown) {
                throw new IllegalStateException("queue unavailable");
            }
            queued.add(id);
        };
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new DeliveryIntake(deliveries, queue, (body, receivedAt) -> items,
                new Ingestion(attribution(), tenant -> new TenantIngestion(ingestionPorts(), assessor, () -> rules,
                        new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), new Random(1))), secrets,
                failure -> failure instanceof IllegalArgumentException,
                new DeadDeliveryAlerts(alerts, new OutboxPublisher(alerts, alerts.published::add, clock), clock),
                clock, parallelism);
    }

    /** The table's ports, its opening failing for {@link #failFor} and refusing {@link #refuseFor}. */
    private IngestionPorts ingestionPorts() {
        ComplaintOpening opening = candidate -> {
            if (candidate.claimKey().equals(failFor)) {
                throw new IllegalStateException("storage unavailable");
            }
            if (candidate.claimKey().equals(refuseFor)) {
                throw new IllegalArgumentException("item too large");
            }
            return table.open(candidate);
        };
        return new IngestionPorts(table, opening, table, table, table, table);
    }

    /** The comments that opened a complaint. */
    private List<String> openedBy() {
        return table.complaints().stream().map(complaint -> table.messages(complaint.id()).getFirst().instagramId())
                .toList();
    }

    private AccountAttribution attribution() {
        return new AccountAttribution(id -> registered.contains(id)
                ? Optional.of(new InstagramAccount(id, new Tenant("32.73"), "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null,
                        "aduan/instagram/" + id, null, null))
                : Optional.empty(),
                Tenants.of("32.73"),
                (id, at) -> sightings.add(id),
                (account, notice, alert) -> notices.putIfAbsent(account + "/" + notice, alert) == null,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static InstagramChange comment(String id) {
        return comment("1", id);
    }

    private static InstagramChange comment(String account, String id) {
        return new InstagramChange.CitizenComment(account, id, null, new Reporter("2", "warga"), "jalan rusak", null, null,
                false, NOW, null);
    }

    /** Remembers the one delivery of a test and its bookkeeping. */
    private static final class InMemoryDeliveries implements RawDeliveryStore {
        RawDelivery stored;
        DeliveryRecord.Status status;
        int attempts;
        Instant retryAt;

        boolean down;

        public Optional<DeliveryRecord> storeIfAbsent(RawDelivery delivery, Instant retryAt) {
            if (down) {
                throw new IllegalStateException("table unavailable");
            }
            if (stored != null) {
                return Optional.of(new DeliveryRecord(delivery.id(), delivery.receivedAt(), status, attempts));
            }
            stored = delivery;
            status = DeliveryRecord.Status.RECEIVED;
            this.retryAt = retryAt;
            return Optional.empty();
        }

        public Optional<StoredDelivery> load(String id) {
            return Optional.of(new StoredDelivery(stored, new DeliveryRecord(id, stored.receivedAt(), status, attempts)));
        }

        public void markProcessed(String id, DeliverySummary summary) {
            status = DeliveryRecord.Status.PROCESSED;
            retryAt = null;
        }

        public void markFailed(String id, DeliverySummary summary, Instant retryAt) {
            status = DeliveryRecord.Status.FAILED;
            attempts++;
            this.retryAt = retryAt;
        }

        public void markInvalid(String id, String reason) {
            status = DeliveryRecord.Status.INVALID;
        }

        public void markHeld(String id, DeliverySummary summary) {
            status = DeliveryRecord.Status.HELD;
            retryAt = null;
        }

        public void markDead(String id, DeliverySummary summary) {
            status = DeliveryRecord.Status.DEAD;
            retryAt = null;
        }

        public DeadDeliveryPage dead(int limit, Optional<String> resumeAfter) {
            return new DeadDeliveryPage(List.of(), Optional.empty());
        }

        public List<String> dueForRetry(Instant now, int limit) {
            return List.of();
        }
    }
}
