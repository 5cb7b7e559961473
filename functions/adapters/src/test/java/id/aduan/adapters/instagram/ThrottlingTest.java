package id.aduan.adapters.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

    @Test
    void businessUseCaseHeaderGivesTheWaitInMinutes() {
        Throttling throttling = Throttling.from(GraphFixtures.headers(
                "X-Business-Use-Case-Usage", GraphFixtures.read("usage-business-throttled.json")));

        assertThat(throttling).isEqualTo(new Throttling(true, Optional.of(Duration.ofMinutes(12))));
    }

    @Test
    void longestWaitAcrossBusinessIdsWins() {
        Throttling throttling = Throttling.from(GraphFixtures.headers("x-business-use-case-usage", """
                {"111":[{"type":"instagram","call_count":40,"estimated_time_to_regain_access":0}],
                 "222":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":30},
                        {"type":"instagram","call_count":100,"estimated_time_to_regain_access":5}]}"""));

        assertThat(throttling.pause()).contains(Duration.ofMinutes(30));
    }

    @Test
    void businessUseCaseAtItsLimitWithoutAWaitStillThrottles() {
        Throttling throttling = Throttling.from(GraphFixtures.headers("X-Business-Use-Case-Usage",
                "{\"111\":[{\"type\":\"instagram\",\"call_count\":12,\"total_cputime\":100,\"total_time\":9}]}"));

        assertThat(throttling).isEqualTo(new Throttling(true, Optional.empty()));
    }

    @Test
    void moderateUsageDoesNotThrottle() {
        Throttling throttling = Throttling.from(GraphFixtures.headers("X-Business-Use-Case-Usage",
                "{\"111\":[{\"type\":\"instagram\",\"call_count\":60,\"total_cputime\":10,\"total_time\":10,"
                        + "\"estimated_time_to_regain_access\":0}]}"));

        assertThat(throttling).isEqualTo(Throttling.NONE);
    }

    @Test
    void highAppUsagePausesForAFixedTime() {
        Throttling throttling = Throttling.from(GraphFixtures.headers("X-App-Usage", GraphFixtures.read("usage-app-high.json")));

        assertThat(throttling).isEqualTo(new Throttling(true, Optional.of(Throttling.APP_USAGE_PAUSE)));
    }

    @Test
    void appUsageBelowTheThresholdDoesNotThrottle() {
        Throttling throttling = Throttling.from(GraphFixtures.headers("X-App-Usage",
                "{\"call_count\":94,\"total_cputime\":10,\"total_time\":10}"));

        assertThat(throttling).isEqualTo(Throttling.NONE);
    }

    @Test
    void bothHeadersTogetherGiveTheLongerWait() {
        HttpHeaders headers = HttpHeaders.of(Map.of(
                "X-App-Usage", List.of(GraphFixtures.read("usage-app-high.json")),
                "X-Business-Use-Case-Usage", List.of(GraphFixtures.read("usage-business-throttled.json"))),
                (name, value) -> true);

        assertThat(Throttling.from(headers).pause()).contains(Duration.ofMinutes(12));
    }

    @Test
    void garbledOrMissingHeadersSayNothing() {
        assertThat(Throttling.from(GraphFixtures.headers("X-App-Usage", "call_count=99"))).isEqualTo(Throttling.NONE);
        assertThat(Throttling.from(HttpHeaders.of(Map.of(), (name, value) -> true))).isEqualTo(Throttling.NONE);
    }
}
