package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.HttpApiEvents;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every role against unit scoping and personal data, through the real handler. */
class AccessIT extends StaffApiTestCase {

    private static final String TEXT = "Jalan rusak depan rumah saya, hubungi 0812-3456-7890 atau budi.santoso@example.com";

    private String ours;
    private String theirs;
    private String untriaged;

    @BeforeEach
    void setUp() {
        ours = forwarded("BINA_MARGA_SDA", now);
        theirs = forwarded("PERHUBUNGAN", now);
        untriaged = seed.comment(TEXT, now).id().value();
    }

    @Test
    void anotherUnitsComplaintAndAnUntriagedOneAreNotFoundForUnitStaff() {
        var agent = api.as("agent", "BINA_MARGA_SDA");

        assertThat(agent.open(ours).status()).isEqualTo(200);
        assertThat(agent.open(theirs).status()).isEqualTo(404);
        assertThat(agent.open(untriaged).status()).isEqualTo(404);
        assertThat(agent.act(theirs, "{\"action\": \"START_FOLLOW_UP\", \"version\": 3}").status()).isEqualTo(404);
        assertThat(api.as("supervisor", "BINA_MARGA_SDA").open(theirs).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(agent.list(Map.of()).complaintIds()).containsExactly(ours);
        assertThat(agent.list(Map.of("unit", "PERHUBUNGAN")).status()).isEqualTo(403);
    }

    @Test
    void adminsTriageAndViewersOfEveryUnitSeeEveryUnit() {
        for (var caller : new StaffApi.Caller[] {api.admin(), api.triage(), api.as("viewer", "*")}) {
            assertThat(caller.open(theirs).status()).isEqualTo(200);
            assertThat(caller.list(Map.of()).json().path("complaints")).hasSize(3);
        }
        assertThat(api.as("viewer", "PERHUBUNGAN").list(Map.of()).complaintIds())
                .containsExactly(theirs);
    }

    @Test
    void theProvinceRoleReadsEveryUnitsFiguresAndNothingElse() {
        var province = api.as("province", null);

        assertThat(province.counts().json().path("byStatus")).isEqualTo(api.admin().counts().json().path("byStatus"));
        var summary = province.request("GET /reports/summary", Map.of(), Map.of(), null);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().path("total").path("received").asInt()).isEqualTo(3);
        var ids = Map.of("id", ours, "section", "units", "instagramAccountId", "17841400000000002",
                "instagramUserId", "17841400000000009");
        for (var routeKey : Routes.KEYS) {
            if (Routes.FIGURES.contains(routeKey)) {
                continue;
            }
            var parameters = new HashMap<String, String>();
            ids.forEach((name, value) -> {
                if (routeKey.contains("{" + name + "}")) {
                    parameters.put(name, value);
                }
            });
            var refused = province.request(routeKey, parameters, Map.of(), routeKey.startsWith("GET") ? null : "{}");
            assertThat(refused.status()).as(routeKey).isEqualTo(403);
            assertThat(refused.errorCode()).as(routeKey).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anAccessTokenIsRefusedWith401() {
        var accessToken = api.as("viewer", null).with("token_use", "access").with("client_id", "staff-console");
        var noTokenUse = api.as("viewer", "BINA_MARGA_SDA").with("token_use", null);

        for (var response : List.of(accessToken.open(theirs), accessToken.list(Map.of()), noTokenUse.list(Map.of()))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.errorCode()).isEqualTo("NOT_AN_ID_TOKEN");
        }
    }

    @Test
    void aUnitRoleWithoutAUnitClaimIsRefusedWith403() {
        var unitRolesWithoutUnit = List.of(api.as("viewer", null), api.as("agent", null), api.as("supervisor", null),
                api.as("supervisor", "*"));

        for (var caller : unitRolesWithoutUnit) {
            for (var response : List.of(caller.open(theirs), caller.list(Map.of()), caller.config("units"))) {
                assertThat(response.status()).isEqualTo(403);
                assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
            }
        }
    }

    @Test
    void anAssigneesNameComesFromTheDirectoryOfSignedInStaffNotFromTheRequest() {
        var agent = api.as("agent", "BINA_MARGA_SDA");
        var colleague = api.as("agent", "BINA_MARGA_SDA").with("name", "Rina Lestari");
        var supervisor = api.as("supervisor", "BINA_MARGA_SDA");
        colleague.list(Map.of());

        var taken = agent.act(ours, """
                {"action": "ASSIGN", "assignee": {"id": "%s", "name": "Kepala Dinas (Walikota)"}, "version": 3}"""
                .formatted(agent.id()));
        var toColleague = supervisor.act(ours, """
                {"action": "ASSIGN", "assignee": {"id": "%s", "name": "Walikota"}, "version": 4}"""
                .formatted(colleague.id()));
        var toStranger = supervisor.act(ours, """
                {"action": "ASSIGN", "assignee": {"id": "never-signed-in", "name": "Walikota"}, "version": 5}""");

        assertThat(taken.json().path("assignee").path("name").asText()).isEqualTo("agent.bina_marga_sda");
        assertThat(toColleague.json().path("assignee").path("name").asText()).isEqualTo("Rina Lestari");
        assertThat(toStranger.status()).isEqualTo(200);
        assertThat(toStranger.json().path("assignee").path("id").asText()).isEqualTo("never-signed-in");
        assertThat(api.stored(ours).complaint().assignee().name()).isNull();
    }

    @Test
    void viewersChangeNothing() {
        var viewer = api.as("viewer", "BINA_MARGA_SDA");

        var move = viewer.act(ours, "{\"action\": \"START_FOLLOW_UP\", \"version\": 3}");
        var note = viewer.post(ours, "notes", "{\"text\": \"x\", \"version\": 3}");
        var reply = viewer.post(ours, "replies", "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"ACKNOWLEDGE\", \"version\": 3}");

        assertThat(move.status()).isEqualTo(403);
        assertThat(note.status()).isEqualTo(403);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(move.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.stored(ours).complaint().version()).isEqualTo(3);
    }

    @Test
    void eachRoleMakesItsOwnMovesOnly() {
        var agent = api.as("agent", "BINA_MARGA_SDA");
        var supervisor = api.as("supervisor", "BINA_MARGA_SDA");

        assertThat(agent.act(ours, "{\"action\": \"REROUTE\", \"unit\": \"SOSIAL\", \"reason\": \"x\", \"version\": 3}")
                .status()).isEqualTo(403);
        assertThat(agent.act(ours, "{\"action\": \"ASSIGN\", \"assignee\": {\"id\": \"someone-else\"}, \"version\": 3}")
                .status()).isEqualTo(403);
        assertThat(agent.act(ours, "{\"action\": \"ASSIGN\", \"assignee\": {\"id\": \"%s\"}, \"version\": 3}"
                .formatted(agent.id())).status()).isEqualTo(200);
        assertThat(supervisor.act(ours, "{\"action\": \"ASSIGN\", \"assignee\": {\"id\": \"someone-else\"}, \"version\": 4}")
                .status()).isEqualTo(200);
        assertThat(supervisor.act(untriaged, Bodies.verify("BINA_MARGA_SDA", 1)).status()).isEqualTo(404);
        assertThat(api.triage().act(untriaged, Bodies.verify("BINA_MARGA_SDA", 1)).status()).isEqualTo(200);
    }

    @Test
    void theOpenedComplaintListsOnlyTheActionsTheCallerMayTakeNow() {
        var agentActions = api.as("agent", "BINA_MARGA_SDA").open(ours).json().path("actions").toString();
        var triageActions = api.triage().open(ours).json().path("actions").toString();

        assertThat(agentActions).contains("START_FOLLOW_UP", "ADD_NOTE").doesNotContain("REROUTE", "VERIFY");
        assertThat(triageActions).contains("START_FOLLOW_UP", "REROUTE", "HIDE_COMMENT").doesNotContain("VERIFY");
        assertThat(api.as("viewer", "BINA_MARGA_SDA").open(ours).json().path("actions")).isEmpty();
    }

    @Test
    void personalDataIsMaskedForUnitStaffAndViewersAndShownToTriage() {
        var forTriage = api.triage().open(ours).json();
        var forAgent = api.as("agent", "BINA_MARGA_SDA").open(ours).json();
        var forViewer = api.as("viewer", "*").list(Map.of()).json().path("complaints").get(0);

        assertThat(forTriage.path("text").asText()).contains("0812-3456-7890", "budi.santoso@example.com");
        assertThat(forTriage.path("reporter").path("username").asText()).isEqualTo("warga_cibiru");
        assertThat(forTriage.path("personalDataMasked").asBoolean()).isFalse();
        assertThat(forAgent.toString()).doesNotContain("3456-7890", "budi.santoso", "warga_cibiru", "6123456789012345");
        assertThat(forAgent.path("text").asText()).contains("****-****-**90", "b***********@example.com");
        assertThat(forAgent.path("messages").get(0).path("text").asText()).contains("****-****-**90");
        assertThat(forAgent.path("reporter").path("username").asText()).isEqualTo("w***********");
        assertThat(forAgent.path("personalDataMasked").asBoolean()).isTrue();
        assertThat(forViewer.toString()).doesNotContain("3456-7890", "warga_cibiru");
    }

    @Test
    void aTokenWithoutARoleReadsNothingAndARequestWithoutATokenIs401() {
        var nobody = api.as("citizen", "BINA_MARGA_SDA");
        var anonymous = api.invoke(HttpApiEvents.request("GET", "/complaints"));

        assertThat(nobody.list(Map.of()).status()).isEqualTo(403);
        assertThat(nobody.open(ours).status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private String forwarded(String unit, Instant at) {
        var id = seed.comment(TEXT, at).id().value();
        var triage = api.triage();
        triage.act(id, Bodies.verify(unit, 1));
        triage.act(id, Bodies.move("FORWARD", 2));
        return id;
    }
}
