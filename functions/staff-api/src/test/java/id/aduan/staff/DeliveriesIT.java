package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbRawDeliveryStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.ingest.DeliverySummary;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admins list the webhook deliveries set aside, with the reasons; nobody else sees them. */
@ExtendWith(AwsEmulatorExtension.class)
class DeliveriesIT {

    private static final Instant NOW = Instant.parse("2026-12-05T03:20:00Z");

    private StaffApi api;
    private DynamoDbRawDeliveryStore store;

    @BeforeEach
    void setUp(Deployment deployment) {
        api = new StaffApi(deployment);
        store = new DynamoDbRawDeliveryStore(new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable")),
                Clock.systemUTC());
    }

    private String stored(String body) {
        var delivery = RawDelivery.of(body.getBytes(StandardCharsets.UTF_8), NOW);
        store.storeIfAbsent(delivery, NOW.plusSeconds(300));
        return delivery.id();
    }

    @Test
    void adminSeesTheDeliveriesSetAsideWithTheirReasonsAndNoOther() {
        var dead = stored("{\"object\":\"instagram\",\"entry\":[1]}");
        var processed = stored("{\"object\":\"instagram\",\"entry\":[]}");
        store.markDead(dead, new DeliverySummary(Map.of(), List.of(), List.of("entry[0]: entry has no id"), true));
        store.markProcessed(processed, new DeliverySummary(Map.of(), List.of(), List.of(), true));

        var response = api.admin().deliveries(Map.of("state", "DEAD"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("deliveries")).singleElement().satisfies(row -> {
            assertThat(row.path("id").asText()).isEqualTo(dead);
            assertThat(row.path("state").asText()).isEqualTo("DEAD");
            assertThat(row.path("receivedAt").asText()).isEqualTo("2026-12-05T03:20:00Z");
            assertThat(row.path("reasons").get(0).asText()).isEqualTo("entry[0]: entry has no id");
        });
    }

    @Test
    void mostRecentlySetAsideComesFirstAndLimitBoundsThePage() throws InterruptedException {
        var first = stored("{\"n\":1}");
        var second = stored("{\"n\":2}");
        var summary = new DeliverySummary(Map.of(), List.of(), List.of("x"), true);
        store.markDead(first, summary);
        Thread.sleep(5);
        store.markDead(second, summary);

        var response = api.admin().deliveries(Map.of("state", "DEAD", "limit", "1"));

        assertThat(response.json().path("deliveries")).singleElement()
                .satisfies(row -> assertThat(row.path("id").asText()).isEqualTo(second));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() throws InterruptedException {
        var setAside = new ArrayList<String>();
        for (int n = 0; n < 5; n++) {
            var id = stored("{\"n\":" + n + "}");
            store.markDead(id, new DeliverySummary(Map.of(), List.of(), List.of("x"), true));
            setAside.addFirst(id);
            Thread.sleep(2);
        }

        var listed = new ArrayList<String>();
        var pages = 0;
        String cursor = null;
        do {
            var query = new HashMap<>(Map.of("state", "DEAD", "limit", "2"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            var page = api.admin().deliveries(query).json();
            page.path("deliveries").forEach(row -> listed.add(row.path("id").asText()));
            cursor = page.hasNonNull("nextCursor") ? page.path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(listed).containsExactlyElementsOf(setAside);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aForgedCursorOrOneOfAnotherListIsRefused(Deployment deployment) throws IOException {
        for (int n = 0; n < 2; n++) {
            store.markDead(stored("{\"n\":" + n + "}"), new DeliverySummary(Map.of(), List.of(), List.of("x"), true));
        }
        var cursor = api.admin().deliveries(Map.of("state", "DEAD", "limit", "1")).json().path("nextCursor").asText();
        var forged = Character.toString(cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        var key = Json.mapper().readTree(deployment.secretsManager().getSecretValue(secret -> secret
                .secretId(deployment.ref("StaffCursorSecret"))).secretString()).path("cursorKey").asText();
        var foreign = new Cursors(() -> key.getBytes(StandardCharsets.UTF_8)).encode(cursor, "status=NEW", new Tenant("32.73"));

        for (var refused : List.of(forged, foreign, "not-a-cursor")) {
            var response = api.admin().deliveries(Map.of("state", "DEAD", "cursor", refused));
            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.json().path("error").path("code").asText()).isEqualTo("BAD_CURSOR");
        }
    }

    @Test
    void aPageSizeOutsideOneToAHundredIsRefused() {
        for (var limit : List.of("0", "101", "many")) {
            var response = api.admin().deliveries(Map.of("state", "DEAD", "limit", limit));
            assertThat(response.status()).as(limit).isEqualTo(400);
            assertThat(response.json().path("error").path("field").asText()).isEqualTo("limit");
        }
    }

    @Test
    void onlyAdminsMayList() {
        assertThat(api.triage().deliveries(Map.of("state", "DEAD")).status()).isEqualTo(403);
        assertThat(api.as("supervisor", "BINA_MARGA_SDA").deliveries(Map.of("state", "DEAD")).status()).isEqualTo(403);
    }

    @Test
    void badParametersAreRefusedWith400NamingTheField() {
        var admin = api.admin();

        var noState = admin.deliveries(Map.of());
        var otherState = admin.deliveries(Map.of("state", "FAILED"));
        var unknown = admin.deliveries(Map.of("state", "DEAD", "page", "2"));
        var badLimit = admin.deliveries(Map.of("state", "DEAD", "limit", "0"));

        assertThat(List.of(noState, otherState, unknown, badLimit)).allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(noState.errorField()).isEqualTo("state");
        assertThat(otherState.errorField()).isEqualTo("state");
        assertThat(unknown.errorCode()).isEqualTo("UNKNOWN_PARAMETER");
        assertThat(badLimit.errorField()).isEqualTo("limit");
    }
}
