package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.dynamodb.DynamoDbUnknownAccounts;
import id.aduan.core.ingest.DeliverySummary;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admins register, change and retire Instagram accounts; every write is checked and versioned. */
@ExtendWith(AwsEmulatorExtension.class)
class AccountsIT {

    private static final String DISHUB = "17841400000000002";
    private static final String DISHUB_BODY = """
            {"version": %d, "displayName": "Dinas Perhubungan", "flavour": "FACEBOOK_LOGIN",
             "facebookPageId": "104000000000002", "tokenSecretId": "aduan/instagram/dishub", "defaultUnit": "PERHUBUNGAN"}""";

    private Deployment deployment;
    private StaffApi api;
    private StaffApi.Caller admin;

    @BeforeEach
    void setUp(Deployment deployment) {
        this.deployment = deployment;
        api = new StaffApi(deployment);
        admin = api.admin();
    }

    @Test
    void withoutAnAccountIdTheDeploymentsAccountIsImplicitAndTheListIsEmpty() {
        var accounts = api.as("agent", "SOSIAL").config("accounts");

        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.version()).isZero();
        assertThat(accounts.json().path("value").path("accounts")).isEmpty();
    }

    @Test
    void templatesAccountIsTheFirstAccountWhenItsIdIsKnown(Deployment deployment) {
        var withId = new StaffApi(deployment, Map.of("INSTAGRAM_ACCOUNT_ID", "17841400000000001"));

        var account = withId.admin().config("accounts").json().path("value").path("accounts").get(0);

        assertThat(account.path("instagramAccountId").asText()).isEqualTo("17841400000000001");
        assertThat(account.path("flavour").asText()).isEqualTo("INSTAGRAM_LOGIN");
        assertThat(account.path("tokenSecretId").asText()).isNotBlank();
    }

    @Test
    void adminRegistersAnAgencyAccountOverTheSectionsVersion() {
        var registered = admin.registerAccount(DISHUB, DISHUB_BODY.formatted(0));
        var stale = admin.registerAccount(DISHUB, DISHUB_BODY.formatted(0));

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.header("etag")).isEqualTo("\"1\"");
        var account = admin.config("accounts").json().path("value").path("accounts").get(0);
        assertThat(account.path("instagramAccountId").asText()).isEqualTo(DISHUB);
        assertThat(account.path("facebookPageId").asText()).isEqualTo("104000000000002");
        assertThat(account.path("defaultUnit").asText()).isEqualTo("PERHUBUNGAN");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("STALE_VERSION");
    }

    @Test
    void invalidRegistrationsAreRefusedWithTheirCodeAndField() {
        var noPage = admin.registerAccount(DISHUB, """
                {"version": 0, "displayName": "Dishub", "flavour": "FACEBOOK_LOGIN", "tokenSecretId": "aduan/instagram/dishub"}""");
        var unknownUnit = admin.registerAccount(DISHUB, """
                {"version": 0, "displayName": "Dishub", "flavour": "INSTAGRAM_LOGIN", "tokenSecretId": "aduan/instagram/dishub",
                 "defaultUnit": "DISHUB"}""");
        var badFlavour = admin.registerAccount(DISHUB, """
                {"version": 0, "displayName": "Dishub", "flavour": "TWITTER", "tokenSecretId": "aduan/instagram/dishub"}""");
        var noSecret = admin.registerAccount(DISHUB, """
                {"version": 0, "displayName": "Dishub", "flavour": "INSTAGRAM_LOGIN"}""");
        var unreadableSecret = admin.registerAccount(DISHUB, """
                {"version": 0, "displayName": "Dishub", "flavour": "INSTAGRAM_LOGIN", "tokenSecretId": "prod/dishub"}""");
        var badId = admin.registerAccount("1784..%2F", """
                {"version": 0, "displayName": "Dishub", "flavour": "INSTAGRAM_LOGIN", "tokenSecretId": "aduan/instagram/dishub"}""");
        var unknownField = admin.registerAccount(DISHUB, """
                {"version": 0, "displayName": "Dishub", "flavor": "INSTAGRAM_LOGIN", "tokenSecretId": "aduan/instagram/dishub"}""");
        var noVersion = admin.registerAccount(DISHUB, """
                {"displayName": "Dishub", "flavour": "INSTAGRAM_LOGIN", "tokenSecretId": "aduan/instagram/dishub"}""");

        assertThat(List.of(noPage, unknownUnit, badFlavour, noSecret, unreadableSecret, badId, unknownField))
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(400));
        assertThat(noPage.errorCode()).isEqualTo("PAGE_ID_REQUIRED");
        assertThat(noPage.errorField()).isEqualTo("facebookPageId");
        assertThat(unknownUnit.errorCode()).isEqualTo("UNKNOWN_UNIT");
        assertThat(unknownUnit.errorField()).isEqualTo("defaultUnit");
        assertThat(badFlavour.errorField()).isEqualTo("flavour");
        assertThat(noSecret.errorCode()).isEqualTo("INVALID_TOKEN_SECRET");
        assertThat(unreadableSecret.errorCode()).isEqualTo("SECRET_NOT_READABLE");
        assertThat(unreadableSecret.errorField()).isEqualTo("tokenSecretId");
        assertThat(badId.errorCode()).isEqualTo("INVALID_ACCOUNT_ID");
        assertThat(unknownField.errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(admin.config("accounts").version()).isZero();
    }

    @Test
    void anAccountAnswersForOneOfTheStacksTenantsAndForTheAdminsOwnWhenItNamesNone(Deployment deployment) {
        var stack = new StaffApi(deployment, Map.of("TENANTS", "32.73,32.05"));
        var bandungAdmin = stack.admin().with("custom:tenant", "32.73");
        var garutAdmin = stack.admin().with("custom:tenant", "32.05");

        var unnamed = bandungAdmin.registerAccount(DISHUB, DISHUB_BODY.formatted(0));
        var garut = garutAdmin.registerAccount("17841400000000005", """
                {"version": 1, "displayName": "Pemkab Garut", "flavour": "INSTAGRAM_LOGIN",
                 "tokenSecretId": "aduan/instagram/garut"}""");
        var notServed = bandungAdmin.registerAccount("17841400000000006", """
                {"version": 2, "tenant": "32.78", "displayName": "Pemkot Tasikmalaya", "flavour": "INSTAGRAM_LOGIN",
                 "tokenSecretId": "aduan/instagram/tasikmalaya"}""");
        var notACode = bandungAdmin.registerAccount("17841400000000006", """
                {"version": 2, "tenant": "Tasikmalaya", "displayName": "Pemkot Tasikmalaya", "flavour": "INSTAGRAM_LOGIN",
                 "tokenSecretId": "aduan/instagram/tasikmalaya"}""");

        assertThat(List.of(unnamed.status(), garut.status())).containsOnly(200);
        var bandungs = bandungAdmin.config("accounts").json().path("value").path("accounts");
        var garuts = garutAdmin.config("accounts").json().path("value").path("accounts");
        assertThat(bandungs).singleElement().satisfies(account -> assertThat(account.path("tenant").asText()).isEqualTo("32.73"));
        assertThat(garuts).singleElement().satisfies(account -> assertThat(account.path("tenant").asText()).isEqualTo("32.05"));
        assertThat(List.of(notServed, notACode)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("UNKNOWN_TENANT");
            assertThat(refused.errorField()).isEqualTo("tenant");
        });
        assertThat(bandungAdmin.config("accounts").version()).isEqualTo(2);
    }

    @Test
    void onlyAdminsRegisterRetireOrListUnknownAccounts() {
        var triage = api.triage();

        assertThat(triage.registerAccount(DISHUB, DISHUB_BODY.formatted(0)).status()).isEqualTo(403);
        assertThat(triage.retireAccount(DISHUB, "\"0\"").status()).isEqualTo(403);
        assertThat(triage.unknownAccounts().status()).isEqualTo(403);
    }

    @Test
    void retiredAccountIsKeptWithItsTimeAndCanBeRegisteredAgain() {
        admin.registerAccount(DISHUB, DISHUB_BODY.formatted(0));

        var retired = admin.retireAccount(DISHUB, "\"1\"");
        var again = admin.retireAccount(DISHUB, "\"2\"");
        var back = admin.registerAccount(DISHUB, DISHUB_BODY.formatted(2));

        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().path("value").path("accounts").get(0).path("retiredAt").isTextual()).isTrue();
        assertThat(again.status()).isEqualTo(404);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().path("value").path("accounts").get(0).path("retiredAt").isNull()).isTrue();
    }

    @Test
    void registeringAnUnknownAccountSchedulesItsHeldDeliveriesAndClearsItFromTheList() {
        var now = Instant.now();
        var delivery = heldDelivery(now);
        var listed = admin.unknownAccounts();

        admin.registerAccount(DISHUB, DISHUB_BODY.formatted(0));

        assertThat(listed.json().path("accounts").get(0).path("instagramAccountId").asText()).isEqualTo(DISHUB);
        assertThat(listed.json().path("accounts").get(0).path("changesHeld").asLong()).isEqualTo(1);
        assertThat(admin.unknownAccounts().json().path("accounts")).isEmpty();
        assertThat(deliveries().dueForRetry(now.plusSeconds(60), 10)).containsExactly(delivery.id());
        assertThat(deployment.items("ComplaintsTable"))
                .noneSatisfy(item -> assertThat(item.get("PK").s()).startsWith("HELD#"));
    }

    @Test
    void savingTheWholeSectionIsCheckedAndTakesInWhatWasHeldForItsAccounts() {
        var now = Instant.now();
        var delivery = heldDelivery(now);
        var account = """
                {"instagramAccountId": "%s", "displayName": "Dishub", "flavour": "INSTAGRAM_LOGIN",
                 "tokenSecretId": "aduan/instagram/dishub", "defaultUnit": "%s"}""";

        var refused = admin.changeConfig("accounts", "{\"version\": 0, \"value\": {\"accounts\": [%s]}}"
                .formatted(account.formatted(DISHUB, "DISHUB")));
        var saved = admin.changeConfig("accounts", "{\"version\": 0, \"value\": {\"accounts\": [%s]}}"
                .formatted(account.formatted(DISHUB, "PERHUBUNGAN")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("UNKNOWN_UNIT");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(deliveries().dueForRetry(now.plusSeconds(60), 10)).containsExactly(delivery.id());
    }

    /** A delivery the webhook held for {@link #DISHUB}, which it noted as unknown. */
    private RawDelivery heldDelivery(Instant now) {
        var body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"%s\"}]}".formatted(DISHUB).getBytes(StandardCharsets.UTF_8);
        var delivery = RawDelivery.of(body, now);
        deliveries().storeIfAbsent(delivery, now.plusSeconds(300));
        deliveries().markHeld(delivery.id(), new DeliverySummary(Map.of("held", 1), List.of(), List.of(), true, Set.of(DISHUB)));
        new DynamoDbUnknownAccounts(api.wiring.runtime().table()).sighted(DISHUB, now);
        return delivery;
    }

    private DynamoDbRawDeliveryStore deliveries() {
        return new DynamoDbRawDeliveryStore(api.wiring.runtime().table(), Clock.systemUTC());
    }
}
