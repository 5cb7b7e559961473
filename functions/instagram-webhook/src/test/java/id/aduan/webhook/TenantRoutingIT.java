package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.config.SectionValue;
import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stack serving two governments, Kota Bandung (32.73) and Kabupaten Garut (32.05), each with its own
 * units, and three accounts (the city's and its Dinas Perhubungan's for Bandung, Garut's own): every
 * delivery is taken in by the ingestion of its account's tenant, and one for an account nobody registered
 * waits until it is registered, then is taken in for the tenant it was registered for.
 */
@ExtendWith(AwsEmulatorExtension.class)
class TenantRoutingIT {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    private static final String BANDUNG_CITY = "17841400000000001";
    private static final String BANDUNG_DISHUB = "17841400000000002";
    private static final String GARUT_CITY = "17841400000000003";
    private static final String UNREGISTERED = "17841400000000009";
    /** Triage puts it at BINA_MARGA_SDA, not sure enough to override an account's own unit. */
    private static final String POTHOLE = "Min, jalan di depan SDN 2 berlubang besar, tolong diperbaiki";

    private Deployment deployment;
    private ComplaintTable table;
    private DynamoDbConfigStore accounts;
    /** Which tenant's ports opened each complaint, by the complaint's id. */
    private final Map<ComplaintId, Tenant> openedBy = new ConcurrentHashMap<>();

    @BeforeEach
    void twoTenantsWithTheirOwnUnitsAndThreeAccounts(Deployment deployment) {
        this.deployment = deployment;
        this.table = new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable"));
        this.accounts = new DynamoDbConfigStore(table, WorkingCalendar.standard(), BANDUNG);
        configureUnits(BANDUNG, UnitCatalog.DEFAULT);
        var garutUnits = new ArrayList<>(UnitCatalog.DEFAULT.units());
        garutUnits.add(new Unit("PUPR_GARUT", "Dinas PUPR Kabupaten Garut", "jalan, jembatan, irigasi"));
        configureUnits(GARUT, new UnitCatalog(garutUnits));
        saveAccounts(0, account(BANDUNG_CITY, BANDUNG, null), account(BANDUNG_DISHUB, BANDUNG, "PERHUBUNGAN"),
                account(GARUT_CITY, GARUT, "PUPR_GARUT"));
    }

    @Test
    void eachDeliveryIsTakenInByItsAccountsTenantAndRoutedToThatTenantsUnit() {
        var webhook = new Webhook(deployment, wiring("InstagramWebhookFunction", NOW));

        webhook.deliver(Webhook.commentDelivery(BANDUNG_CITY, "17900000000000101", POTHOLE, NOW));
        webhook.deliver(Webhook.commentDelivery(BANDUNG_DISHUB, "17900000000000102", POTHOLE, NOW));
        webhook.deliver(Webhook.commentDelivery(GARUT_CITY, "17900000000000103", POTHOLE, NOW));

        assertThat(tenantsByAccount()).containsExactlyInAnyOrderEntriesOf(Map.of(
                BANDUNG_CITY, BANDUNG, BANDUNG_DISHUB, BANDUNG, GARUT_CITY, GARUT));
        assertThat(unitsByAccount()).containsExactlyInAnyOrderEntriesOf(Map.of(
                BANDUNG_CITY, "BINA_MARGA_SDA", BANDUNG_DISHUB, "PERHUBUNGAN", GARUT_CITY, "PUPR_GARUT"));
    }

    @Test
    void anUnknownAccountsDeliveryIsHeldAndOnceRegisteredIsTakenInForItsTenant() throws IOException {
        var webhook = new Webhook(deployment, wiring("InstagramWebhookFunction", NOW));

        webhook.deliver(Webhook.commentDelivery(UNREGISTERED, "17900000000000201", POTHOLE, NOW));

        assertThat(openedBy).isEmpty();
        assertThat(webhook.items()).filteredOn(item -> item.get("PK").s().startsWith("RAW#"))
                .extracting(item -> item.get("status").s()).containsOnly("HELD");

        saveAccounts(1, account(BANDUNG_CITY, BANDUNG, null), account(BANDUNG_DISHUB, BANDUNG, "PERHUBUNGAN"),
                account(GARUT_CITY, GARUT, "PUPR_GARUT"), account(UNREGISTERED, GARUT, "PUPR_GARUT"));
        new DynamoDbRawDeliveryStore(table, Clock.fixed(NOW, ZoneOffset.UTC))
                .releaseHeld(UNREGISTERED, NOW.plusSeconds(60));
        var processed = retry(NOW.plus(Duration.ofMinutes(5)));

        assertThat(processed).isEqualTo(1);
        assertThat(tenantsByAccount()).containsExactlyEntriesOf(Map.of(UNREGISTERED, GARUT));
        assertThat(unitsByAccount()).containsExactlyEntriesOf(Map.of(UNREGISTERED, "PUPR_GARUT"));
    }

    /** The function's wiring on a stack serving both tenants, recording which tenant's ports open each complaint. */
    private Wiring wiring(String function, Instant now) {
        var environment = new LinkedHashMap<>(deployment.environment(function));
        environment.put("TENANTS", BANDUNG + "," + GARUT);
        return new Wiring(new Settings(environment), Clock.fixed(now, ZoneOffset.UTC), List.of(),
                (tenant, ports) -> new IngestionPorts(ports.lookup(), candidate -> {
                    var result = ports.opening().open(candidate);
                    openedBy.put(candidate.complaint().id(), tenant);
                    return result;
                }, ports.attachment(), ports.responses(), ports.messages(), ports.echoes()));
    }

    /** The tenant whose ports opened each stored complaint, by the account it came in on. */
    private Map<String, Tenant> tenantsByAccount() {
        var byAccount = new LinkedHashMap<String, Tenant>();
        openedBy.forEach((id, tenant) -> byAccount.put(storedFor(tenant, id).complaint().account(), tenant));
        return byAccount;
    }

    /** The unit each complaint was routed to, read through its tenant's store, by the account it came in on. */
    private Map<String, String> unitsByAccount() {
        var byAccount = new LinkedHashMap<String, String>();
        openedBy.forEach((id, tenant) -> {
            var complaint = storedFor(tenant, id).complaint();
            byAccount.put(complaint.account(), ((TriageState.Assessed) complaint.triage()).suggestion().unit());
        });
        return byAccount;
    }

    private ComplaintDetail storedFor(Tenant tenant, ComplaintId id) {
        return new DynamoDbComplaintStore(table.forTenant(tenant)).load(id).orElseThrow(
                () -> new AssertionError("complaint " + id + " is not among " + tenant + "'s"));
    }

    private void configureUnits(Tenant tenant, UnitCatalog units) {
        new DynamoDbConfigStore(table.forTenant(tenant), WorkingCalendar.standard(), BANDUNG)
                .write(new SectionValue.Units(units), 0, "admin", NOW);
    }

    private void saveAccounts(long version, InstagramAccount... registered) {
        accounts.write(new SectionValue.Accounts(new AccountCatalog(List.of(registered))), version, "admin", NOW);
    }

    private static InstagramAccount account(String id, Tenant tenant, String unit) {
        return new InstagramAccount(id, tenant, "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null,
                "aduan/instagram/" + id, unit, null);
    }

    /** Runs the delivery retry as its schedule does; returns how many deliveries it took in. */
    private int retry(Instant now) throws IOException {
        var out = new ByteArrayOutputStream();
        new DeliveryRetryHandler(wiring("DeliveryRetryFunction", now))
                .handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.mapper().readTree(out.toByteArray()).path("processed").asInt();
    }
}
