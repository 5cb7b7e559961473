package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.config.ConfigSection;
import id.aduan.core.config.SectionValue;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.ingest.OpenResult;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.report.ReportWindow;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.triage.DuplicateFeatures;
import id.aduan.core.triage.OpenComplaint;
import id.aduan.core.triage.TextSignature;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two governments writing through the same table: each store bound to one of them sees that tenant's
 * data only, while what the platform owns (raw deliveries, the accounts) is one for both.
 */
@ExtendWith(AwsEmulatorExtension.class)
class TenantIsolationStoreIT {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final Instant RECEIVED = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    private static final String UNIT = "BINA_MARGA_SDA";

    private final Random random = new Random(73);
    private ComplaintTable platform;
    private ComplaintTable bandung;
    private ComplaintTable garut;
    private List<Complaint> bandungs;
    private Complaint garuts;

    @BeforeEach
    void setUp(Deployment deployment) {
        platform = EmulatorTables.of(deployment, "StaffApiFunction");
        bandung = platform.forTenant(BANDUNG);
        garut = platform.forTenant(GARUT);
        bandungs = List.of(open(bandung, "jalan berlubang di depan pasar", 0),
                open(bandung, "jalan berlubang dekat sekolah", 1));
        garuts = open(garut, "jalan berlubang di alun-alun", 2);
    }

    @Test
    void anotherTenantsComplaintAndTrackingCodeAreNotFound() {
        var bandungStore = new DynamoDbComplaintStore(bandung);
        var garutStore = new DynamoDbComplaintStore(garut);
        var ours = bandungs.getFirst();

        assertThat(bandungStore.find(ours.id())).isPresent();
        assertThat(bandungStore.load(ours.id())).isPresent();
        assertThat(bandungStore.findByTrackingCode(ours.trackingCode())).contains(ours.id());
        assertThat(garutStore.find(ours.id())).isEmpty();
        assertThat(garutStore.load(ours.id())).isEmpty();
        assertThat(garutStore.findByTrackingCode(ours.trackingCode())).isEmpty();
        assertThat(bandungStore.findByTrackingCode(garuts.trackingCode())).isEmpty();
    }

    @Test
    void listingsCountsAndReportsHoldOnlyTheTenantsOwn() {
        var query = new ComplaintQuery(Set.of(), null, null, null, null, null, null, null, null, null, null, null,
                false, 50, null, false);
        var month = YearMonth.from(RECEIVED.atZone(WorkingCalendar.ZONE));
        var window = ReportWindow.months(month, YearMonth.from(RECEIVED.plusSeconds(180).atZone(WorkingCalendar.ZONE)));

        assertThat(new DynamoDbComplaintListing(bandung).page(query).complaints()).extracting(Complaint::id)
                .containsExactlyElementsOf(ids(bandungs));
        assertThat(new DynamoDbComplaintListing(garut).page(query).complaints()).extracting(Complaint::id)
                .containsExactly(garuts.id());
        assertThat(new DynamoDbComplaintCounting(bandung).count(null, Instant.now()).byStatus().get(Status.NEW))
                .isEqualTo(2);
        assertThat(new DynamoDbComplaintCounting(garut).count(null, Instant.now()).byStatus().get(Status.NEW))
                .isEqualTo(1);
        assertThat(new DynamoDbPeriodIndex(bandung).receivedIn(window)).extracting(Complaint::id)
                .containsExactlyInAnyOrderElementsOf(ids(bandungs));
        assertThat(new DynamoDbPeriodIndex(garut).receivedIn(window)).extracting(Complaint::id)
                .containsExactly(garuts.id());
    }

    @Test
    void duplicatesAreLookedForAmongTheTenantsOwnOpenComplaints() {
        var since = RECEIVED.minusSeconds(60);

        assertThat(new DynamoDbDuplicateCandidates(bandung).recent(UNIT, since, 10)).extracting(OpenComplaint::trackingCode)
                .containsExactlyInAnyOrder(bandungs.get(0).trackingCode().value(), bandungs.get(1).trackingCode().value());
        assertThat(new DynamoDbDuplicateCandidates(garut).recent(UNIT, since, 10)).extracting(OpenComplaint::trackingCode)
                .containsExactly(garuts.trackingCode().value());
    }

    @Test
    void theSlaSweepOfATenantFindsOnlyItsOwnDueComplaints() {
        var now = Instant.now();

        assertThat(due(new DynamoDbSlaStore(bandung), now)).containsExactlyInAnyOrderElementsOf(ids(bandungs));
        assertThat(due(new DynamoDbSlaStore(garut), now)).containsExactly(garuts.id());
        assertThat(new DynamoDbSlaStore(garut).find(bandungs.getFirst().id())).isEmpty();
    }

    @Test
    void eachTenantsAlertsAndTheOperationsAlertsAreKeptApart() {
        var now = Instant.now();
        var breach = alert("breach-bandung", Alert.Kind.SLA_BREACH, now);
        var digest = alert("digest-garut", Alert.Kind.DIGEST, now);
        var operations = alert("token-expiring", Alert.Kind.OPERATIONS, now);
        new DynamoDbAlertOutbox(bandung).recordIfAbsent(breach);
        new DynamoDbAlertOutbox(garut).recordIfAbsent(digest);
        new DynamoDbAlertOutbox(platform).recordIfAbsent(operations);
        var later = now.plusSeconds(120);

        assertThat(alertIds(new DynamoDbAlertOutbox(bandung).raisedOn(breach.day()))).containsExactly("breach-bandung");
        assertThat(alertIds(new DynamoDbAlertOutbox(garut).raisedOn(breach.day()))).containsExactly("digest-garut");
        assertThat(alertIds(new DynamoDbAlertOutbox(platform).raisedOn(breach.day()))).containsExactly("token-expiring");
        assertThat(alertIds(new DynamoDbAlertOutbox(bandung).stranded(later, 10))).containsExactly("breach-bandung");
        assertThat(alertIds(new DynamoDbAlertOutbox(platform).stranded(later, 10))).containsExactly("token-expiring");
    }

    @Test
    void staffAndConfigurationAreTheTenantsButTheAccountsAreThePlatformsOne() {
        var calendar = WorkingCalendar.standard();
        var bandungConfig = new DynamoDbConfigStore(bandung, calendar, BANDUNG);
        var garutConfig = new DynamoDbConfigStore(garut, calendar, BANDUNG);
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        var accounts = new AccountCatalog(List.of(new InstagramAccount("17841400000000005", GARUT, "Pemkab Garut",
                AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/17841400000000005", null, null)));
        bandungConfig.write(new SectionValue.Units(new UnitCatalog(units)), 0, "admin", RECEIVED);
        bandungConfig.write(new SectionValue.Accounts(accounts), 0, "admin", RECEIVED);
        new DynamoDbStaffDirectory(bandung, Clock.systemUTC()).record("staff-1", "Sari");

        assertThat(bandungConfig.units().find("PARIWISATA")).isPresent();
        assertThat(garutConfig.units().find("PARIWISATA")).isEmpty();
        assertThat(garutConfig.read(ConfigSection.UNITS).version()).isZero();
        assertThat(garutConfig.snapshot().units().find("PARIWISATA")).isEmpty();
        assertThat(garutConfig.accounts()).isEqualTo(accounts);
        assertThat(new DynamoDbConfigStore(platform, calendar, BANDUNG).accounts()).isEqualTo(accounts);
        assertThat(new DynamoDbStaffDirectory(bandung, Clock.systemUTC()).nameOf("staff-1")).contains("Sari");
        assertThat(new DynamoDbStaffDirectory(garut, Clock.systemUTC()).nameOf("staff-1")).isEmpty();
    }

    @Test
    void aRawDeliveryIsThePlatformsWhicheverViewStoredIt() {
        var delivery = new RawDelivery("9f2c", "{\"object\":\"instagram\"}".getBytes(StandardCharsets.UTF_8), RECEIVED);
        new DynamoDbRawDeliveryStore(platform, Clock.systemUTC()).storeIfAbsent(delivery, RECEIVED.plusSeconds(300));

        assertThat(new DynamoDbRawDeliveryStore(bandung, Clock.systemUTC()).load("9f2c")).isPresent();
        assertThat(new DynamoDbRawDeliveryStore(garut, Clock.systemUTC()).load("9f2c")).isPresent();
    }

    private Complaint open(ComplaintTable table, String text, int minute) {
        var at = RECEIVED.plusSeconds(60L * minute);
        var objectId = "m" + random.nextLong(1, Long.MAX_VALUE);
        var opening = ReporterMessage.received(objectId, Channel.COMMENT, text, List.of(), at);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "17841400000000001",
                new Reporter("6123", "warga"), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT, objectId), false,
                TriageState.PENDING, Priority.NORMAL, ComplaintClocks.onReceived(at, Priority.NORMAL, "", RULES));
        var features = new DuplicateFeatures("6123", null, TextSignature.of(text), Set.of(), UNIT, "Jalan rusak", at);
        var opened = new DynamoDbIngestionStore(table, Clock.systemUTC()).open(new NewComplaint(complaint, opening,
                List.of(TimelineEvent.received(opening)), objectId, null, null, null, features));
        assertThat(opened).isEqualTo(new OpenResult.Opened());
        return complaint;
    }

    private static List<ComplaintId> due(DynamoDbSlaStore sla, Instant now) {
        var due = new ArrayList<ComplaintId>();
        sla.dueBy(now).forEachRemaining(due::add);
        return due;
    }

    private static RecordedAlert alert(String id, Alert.Kind kind, Instant now) {
        return RecordedAlert.raised(new Alert(id, kind, "subjek", "teks", Map.of()), now, now.plusSeconds(60));
    }

    private static List<String> alertIds(List<RecordedAlert> alerts) {
        return alerts.stream().map(alert -> alert.alert().id()).toList();
    }

    private static List<ComplaintId> ids(List<Complaint> complaints) {
        return complaints.stream().map(Complaint::id).toList();
    }
}
