package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.config.SectionValue;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Three registered accounts (the city's, and two agencies' with their own unit) and one nobody
 * registered: each delivery is attributed by its entry.id, and the unregistered account's changes are
 * kept, alerted once a day, and taken in once it is registered. So are the changes of an account
 * registered for a government the stack does not serve.
 */
@ExtendWith(AwsEmulatorExtension.class)
class AccountAttributionIT {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final String CITY = "17841400000000001";
    private static final String DISHUB = "17841400000000002";
    private static final String DINSOS = "17841400000000003";
    private static final String UNREGISTERED = "17841400000000009";
    private static final String GARUT_CITY = "17841400000000005";

    private Deployment deployment;
    private ComplaintTable table;
    private DynamoDbConfigStore config;

    @BeforeEach
    void registerThreeAccounts(Deployment deployment) {
        this.deployment = deployment;
        this.table = new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable"));
        this.config = new DynamoDbConfigStore(table, WorkingCalendar.standard(), new Tenant("32.73"));
        saveAccounts(0, account(CITY, AccountFlavour.INSTAGRAM_LOGIN, null, null),
                account(DISHUB, AccountFlavour.FACEBOOK_LOGIN, "104000000000002", "PERHUBUNGAN"),
                account(DINSOS, AccountFlavour.INSTAGRAM_LOGIN, null, "SOSIAL"));
    }

    @Test
    void eachDeliveryIsAttributedToItsAccountAndAnAgencyAccountRoutesToItsUnitUnlessTriageIsVerySure() {
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));
        // Triage puts the pothole at BINA_MARGA_SDA with 0.73, the rubbish at LINGKUNGAN_HIDUP with 0.97.
        var pothole = "Min, jalan di depan SDN 2 berlubang besar, tolong diperbaiki";

        webhook.deliver(Webhook.commentDelivery(CITY, "17900000000000101", pothole, NOW));
        webhook.deliver(Webhook.commentDelivery(DISHUB, "17900000000000102", pothole, NOW));
        webhook.deliver(Webhook.commentDelivery(DINSOS, "17900000000000103",
                "Sampah menumpuk di TPS Cibiru sudah tiga hari, baunya menyengat sekali", NOW));

        var byAccount = webhook.complaints().stream()
                .collect(Collectors.toMap(detail -> detail.complaint().account(), detail -> detail));
        assertThat(byAccount).containsOnlyKeys(CITY, DISHUB, DINSOS);
        assertThat(suggestedUnit(byAccount.get(CITY))).isEqualTo("BINA_MARGA_SDA");
        assertThat(suggestedUnit(byAccount.get(DISHUB))).isEqualTo("PERHUBUNGAN");
        assertThat(suggestedUnit(byAccount.get(DINSOS))).isEqualTo("LINGKUNGAN_HIDUP");
    }

    @Test
    void unregisteredAccountsDeliveryIsKeptAlertedOnceAndTakenInAfterRegistration() throws IOException {
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));

        var first = webhook.deliver(Webhook.commentDelivery(UNREGISTERED, "17900000000000201",
                "Lampu jalan di Jl. Merdeka mati sejak minggu lalu", NOW));
        webhook.deliver(Webhook.commentDelivery(UNREGISTERED, "17900000000000202",
                "Sampah menumpuk di TPS Cibiru sudah tiga hari", NOW));

        assertThat(first.status()).isEqualTo(200);
        assertThat(webhook.complaints()).isEmpty();
        assertThat(itemsUnder("RAW#")).extracting(item -> item.get("status").s()).containsOnly("HELD");
        assertThat(itemsUnder("HELD#" + UNREGISTERED)).hasSize(2);
        var sighting = itemsUnder("UNKNOWN_ACCOUNTS").getFirst();
        assertThat(sighting.get("SK").s()).isEqualTo(UNREGISTERED);
        assertThat(sighting.get("changesHeld").n()).isEqualTo("2");
        assertThat(itemsUnder("NOTICE#" + UNREGISTERED)).singleElement()
                .satisfies(notice -> assertThat(notice.get("SK").s()).isEqualTo("UNKNOWN_ACCOUNT#2026-12-05"));
        assertThat(alertsAbout("UNKNOWN_ACCOUNT")).isEqualTo(1);

        saveAccounts(1, account(CITY, AccountFlavour.INSTAGRAM_LOGIN, null, null),
                account(UNREGISTERED, AccountFlavour.INSTAGRAM_LOGIN, null, "PERHUBUNGAN"));
        int released = new DynamoDbRawDeliveryStore(table, Clock.fixed(NOW, ZoneOffset.UTC))
                .releaseHeld(UNREGISTERED, NOW.plusSeconds(60));
        var retried = retry(NOW.plus(Duration.ofMinutes(5)));

        assertThat(released).isEqualTo(2);
        assertThat(retried.path("replayed").asInt()).isEqualTo(2);
        assertThat(webhook.complaints()).hasSize(2)
                .allSatisfy(detail -> assertThat(detail.complaint().account()).isEqualTo(UNREGISTERED));
        assertThat(itemsUnder("RAW#")).extracting(item -> item.get("status").s()).containsOnly("PROCESSED");
        assertThat(itemsUnder("HELD#")).isEmpty();
    }

    @Test
    void accountOfAGovernmentTheStackDoesNotServeHasItsDeliveryHeldAlertedAndTakenInOnceRegisteredForOne()
            throws IOException {
        var garut = new InstagramAccount(GARUT_CITY, new Tenant("32.05"), "Pemkab Garut", AccountFlavour.INSTAGRAM_LOGIN,
                null, "aduan/instagram/" + GARUT_CITY, null, null);
        saveAccounts(1, account(CITY, AccountFlavour.INSTAGRAM_LOGIN, null, null), garut);
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));

        var delivered = webhook.deliver(Webhook.commentDelivery(GARUT_CITY, "17900000000000301",
                "Jembatan gantung di Desa Sukamaju putus, anak sekolah harus memutar jauh", NOW));
        webhook.deliver(Webhook.commentDelivery(GARUT_CITY, "17900000000000302",
                "Lampu jalan di alun-alun mati semua", NOW));

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(itemsUnder("HELD#" + GARUT_CITY)).hasSize(2);
        assertThat(itemsUnder("32.05#")).isEmpty();
        assertThat(itemsUnder("UNKNOWN_ACCOUNTS")).isEmpty();
        assertThat(itemsUnder("NOTICE#" + GARUT_CITY)).singleElement()
                .satisfies(notice -> assertThat(notice.get("SK").s()).isEqualTo("UNSERVED_GOVERNMENT#2026-12-05"));
        assertThat(alertsAbout("UNSERVED_GOVERNMENT")).isEqualTo(1);

        saveAccounts(2, account(CITY, AccountFlavour.INSTAGRAM_LOGIN, null, null),
                account(GARUT_CITY, AccountFlavour.INSTAGRAM_LOGIN, null, null));
        int released = new DynamoDbRawDeliveryStore(table, Clock.fixed(NOW, ZoneOffset.UTC))
                .releaseHeld(GARUT_CITY, NOW.plusSeconds(60));
        var retried = retry(NOW.plus(Duration.ofMinutes(5)));

        assertThat(released).isEqualTo(2);
        assertThat(retried.path("replayed").asInt()).isEqualTo(2);
        assertThat(webhook.complaints()).hasSize(2)
                .allSatisfy(detail -> assertThat(detail.complaint().account()).isEqualTo(GARUT_CITY));
        assertThat(itemsUnder("HELD#")).isEmpty();
    }

    @Test
    void dashboardTestIsNeverHeld() {
        var webhook = new Webhook(deployment, Clock.fixed(NOW, ZoneOffset.UTC));

        webhook.deliverFixture("dashboard-test.json");

        assertThat(itemsUnder("RAW#")).extracting(item -> item.get("status").s()).containsOnly("PROCESSED");
        assertThat(itemsUnder("UNKNOWN_ACCOUNTS")).isEmpty();
    }

    private void saveAccounts(long version, InstagramAccount... accounts) {
        config.write(new SectionValue.Accounts(new AccountCatalog(List.of(accounts))), version, "admin", NOW);
    }

    private static InstagramAccount account(String id, AccountFlavour flavour, String page, String unit) {
        return new InstagramAccount(id, new Tenant("32.73"), "Akun " + id, flavour, page, "aduan/instagram/" + id, unit, null);
    }

    private static String suggestedUnit(ComplaintDetail detail) {
        return ((TriageState.Assessed) detail.complaint().triage()).suggestion().unit();
    }

    private List<Map<String, AttributeValue>> itemsUnder(String prefix) {
        return deployment.items("ComplaintsTable").stream()
                .filter(item -> item.get("PK").s().startsWith(prefix) && !item.get("SK").s().startsWith("PART#"))
                .toList();
    }

    private long alertsAbout(String problem) {
        return deployment.items("ComplaintsTable").stream()
                .filter(item -> item.containsKey("attributes") && item.get("attributes").hasM())
                .filter(item -> problem.equals(item.get("attributes").m().getOrDefault("problem",
                        AttributeValue.fromS("")).s()))
                .count();
    }

    private JsonNode retry(Instant now) throws IOException {
        var wiring = new Wiring(new Settings(deployment.environment("DeliveryRetryFunction")), Clock.fixed(now, ZoneOffset.UTC));
        var out = new ByteArrayOutputStream();
        new DeliveryRetryHandler(wiring).handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
                out, null);
        return Json.mapper().readTree(out.toByteArray());
    }
}
