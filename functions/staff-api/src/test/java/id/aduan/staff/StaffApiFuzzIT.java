package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random requests to every staff route (sampled from jqwik's arbitraries; a failure names the request): any role,
 * any path id, query parameters known and unknown with any value, bodies that are damaged versions of
 * real ones or plain noise. None is answered 5xx, and each is answered in bounded time.
 */
@ExtendWith(AwsEmulatorExtension.class)
class StaffApiFuzzIT {

    private static final int REQUESTS_PER_ROUTE = 25;
    private static final long MILLIS_PER_REQUEST = 3000;
    private static final List<String> ROLES = List.of("admin", "triage", "supervisor", "agent", "viewer", "province");
    private static final List<String> PARAMETERS = List.of("status", "unit", "assignee", "priority", "category",
            "channel", "receivedFrom", "receivedBefore", "slaAtRisk", "slaWithin", "q", "suggestedComplaint",
            "suggestedUnit", "order", "limit", "cursor", "from", "to", "groupBy", "columns", "separator", "state",
            "unknown");
    private static final List<String> BODIES = List.of(
            "{\"action\":\"VERIFY\",\"unit\":\"BINA_MARGA_SDA\",\"category\":\"Jalan rusak\",\"priority\":\"HIGH\",\"version\":1}",
            "{\"action\":\"REJECT\",\"reason\":\"DUPLICATE\",\"duplicateOf\":\"ADU-AAAAA\",\"version\":1}",
            "{\"action\":\"ASSIGN\",\"assignee\":{\"id\":\"me\"},\"version\":1}",
            "{\"text\":\"catatan\",\"version\":1}",
            "{\"method\":\"PUBLIC_COMMENT_REPLY\",\"text\":\"Terima kasih\",\"version\":1}",
            "{\"reason\":\"SPAM\",\"note\":\"x\",\"complaints\":[{\"id\":\"ADU-AAAAA\",\"version\":1}]}",
            "{\"value\":{\"units\":[{\"code\":\"X\",\"name\":\"Y\"}]},\"version\":0}");

    @Test
    void noRequestToAnyRouteIsAnswered5xxOrSlowly(Deployment deployment) {
        var api = new StaffApi(deployment);
        var seeded = new Seed(api).comment("Jalan di Jl. Cibiru Hilir berlubang besar", Instant.now()).trackingCode().value();
        var requests = Combinators.combine(Arbitraries.of(ROLES), ids(seeded), queries(), bodies())
                .as(FuzzedRequest::new);
        for (String route : Routes.KEYS) {
            requests.sampleStream().limit(REQUESTS_PER_ROUTE)
                    .forEach(request -> {
                        var caller = request.role().equals("admin") || request.role().equals("triage")
                                ? api.as(request.role(), null) : api.as(request.role(), "BINA_MARGA_SDA");
                        long started = System.nanoTime();
                        var response = caller.request(route, Map.of("id", request.id(), "section", request.id()),
                                request.query(), request.body());
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        assertThat(response.status()).as("%s %s", route, request).isLessThan(500);
                        assertThat(millis).as("%s %s", route, request).isLessThan(MILLIS_PER_REQUEST);
                    });
        }
    }

    private record FuzzedRequest(String role, String id, Map<String, String> query, String body) {
    }

    private static Arbitrary<String> ids(String seeded) {
        return Arbitraries.oneOf(Arbitraries.just(seeded), Arbitraries.of("units", "sla", "calendar", "templates"),
                Arbitraries.strings().ofMaxLength(40), Arbitraries.strings().withCharRange('A', 'Z').ofLength(9)
                        .map(code -> "ADU-" + code.substring(0, 5)));
    }

    private static Arbitrary<Map<String, String>> queries() {
        var values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("NEW", "OPEN", "true", "false", "0", "101", "-1", "me", "2026-11-01", "PT2H", "unit",
                        "2026-08-01T09:30:00Z", "newest", "DEAD", ";", "trackingCode,text", "9".repeat(30)),
                Arbitraries.integers().withDistribution(RandomDistribution.uniform()).map(String::valueOf));
        return Arbitraries.maps(Arbitraries.of(PARAMETERS), values).ofMaxSize(4);
    }

    private static Arbitrary<String> bodies() {
        var damaged = Combinators.combine(Arbitraries.of(BODIES), Arbitraries.doubles().between(0, 1),
                        Arbitraries.strings().ofMaxLength(6))
                .as((body, at, noise) -> {
                    int position = (int) (at * body.length());
                    return body.substring(0, position) + noise + body.substring(Math.min(body.length(), position + 3));
                });
        return Arbitraries.oneOf(Arbitraries.of(BODIES), damaged, Arbitraries.strings().ofMaxLength(200),
                Arbitraries.just("null"), Arbitraries.just("[]"), Arbitraries.just(""))
                .injectNull(0.1);
    }
}
