package id.aduan.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a stack serving Kota Bandung (32.73, the first) and Kabupaten Garut (32.05), Bandung keeps today's
 * public paths and Garut answers under its id ({@code /public/32.05/…}, {@code /transparansi/32.05},
 * Open311's {@code jurisdiction_id=32.05}); a government the stack does not serve is 404. Each reads
 * through the table bound to its tenant, whose keys carry the tenant: a tracking code is found only
 * under its own government.
 */
@ExtendWith(AwsEmulatorExtension.class)
class PublicTenantsIT {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");

    private PublicApi api;
    private Complaint bandungs;
    private Complaint garuts;

    @BeforeEach
    void setUp(Deployment deployment) {
        api = new PublicApi(deployment, Clock.systemUTC(), Map.of("TENANTS", "32.73,32.05"));
        var now = Instant.now();
        bandungs = new PublicSeed(tableOf(BANDUNG)).complaint(Channel.COMMENT, "Jalan di Cibiru berlubang",
                now.minusSeconds(120), "6123456789012345", "warga_cibiru");
        garuts = new PublicSeed(tableOf(GARUT)).complaint(Channel.COMMENT, "Banjir di Tarogong Kidul",
                now.minusSeconds(60), "6123456789012346", "warga_garut");
    }

    @Test
    void garutsFiguresTrackingAndPageAnswerUnderItsIdAndBandungKeepsTodaysPaths() {
        var garutFigures = api.get("/public/{tenant}/figures", "/public/32.05/figures", Map.of("tenant", "32.05"), Map.of());
        var bandungFigures = api.get("/public/figures");
        var tracked = api.get("/public/{tenant}/track/{code}", "/public/32.05/track/x",
                Map.of("tenant", "32.05", "code", garuts.trackingCode().value()), Map.of());
        var garutPage = api.get("/transparansi/{tenant}", "/transparansi/32.05", Map.of("tenant", "32.05"), Map.of());
        var bandungPage = api.get("/transparansi");

        assertThat(List.of(garutFigures.status(), bandungFigures.status(), tracked.status(), garutPage.status()))
                .containsOnly(200);
        assertThat(garutFigures.json().path("months").get(0).path("received").asInt()).isEqualTo(1);
        assertThat(tracked.json().path("trackingCode").asText()).isEqualTo(garuts.trackingCode().value());
        assertThat(garutPage.body()).contains("action=\"/transparansi/32.05\"", "href=\"/public/32.05/figures\"",
                "/open311/v2/requests.json?jurisdiction_id=32.05");
        assertThat(bandungPage.body()).contains("action=\"/transparansi\"", "href=\"/public/figures\"",
                "href=\"/open311/v2/requests.json\"");
        assertThat(api.get("/public/track/{code}", "/public/track/x", Map.of("code", garuts.trackingCode().value()),
                Map.of()).status()).isEqualTo(404);
    }

    @Test
    void open311AnswersForTheJurisdictionNamedAndForTheFirstWithoutOne() {
        var garutRequests = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("jurisdiction_id", "32.05"));
        var garutRequest = api.get("/open311/v2/requests/{file}", "/open311/v2/requests/x",
                Map.of("file", garuts.trackingCode().value() + ".json"), Map.of("jurisdiction_id", "32.05"));
        var bandungRequests = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(), Map.of());
        var garutServices = api.get("/open311/v2/services.json", "/open311/v2/services.json", Map.of(),
                Map.of("jurisdiction_id", "32.05"));

        assertThat(List.of(garutRequests.status(), garutRequest.status(), bandungRequests.status(),
                garutServices.status())).containsOnly(200);
        assertThat(garutRequests.json().findValuesAsText("service_request_id"))
                .containsExactly(garuts.trackingCode().value());
        assertThat(bandungRequests.json().findValuesAsText("service_request_id"))
                .containsExactly(bandungs.trackingCode().value());
    }

    @Test
    void aGovernmentTheStackDoesNotServeIs404InThePublicApisErrorShape() {
        var figures = api.get("/public/{tenant}/figures", "/public/32.78/figures", Map.of("tenant", "32.78"), Map.of());
        var tracked = api.get("/public/{tenant}/track/{code}", "/public/garut/track/x",
                Map.of("tenant", "garut", "code", garuts.trackingCode().value()), Map.of());
        var page = api.get("/transparansi/{tenant}", "/transparansi/32.78", Map.of("tenant", "32.78"), Map.of());
        var open311 = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("jurisdiction_id", "32.78"));

        assertThat(List.of(figures, tracked, page)).allSatisfy(missing -> {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
        });
        assertThat(open311.status()).isEqualTo(404);
        assertThat(open311.json().get(0).path("code").asInt()).isEqualTo(404);
    }

    private ComplaintTable tableOf(Tenant tenant) {
        return api.wiring.runtime().table().forTenant(tenant);
    }
}
