package id.aduan.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatRouteTest {

    private static final Alert SUPERVISOR_BREACH = new Alert("sla/1/FOLLOW_UP/BREACH_SUPERVISOR",
            Alert.Kind.SLA_BREACH, "subject", "text",
            Map.of("unit", "PERHUBUNGAN", "level", "BREACH_SUPERVISOR", "audience", "SUPERVISOR"));

    @Test
    void routeMatchesWhenEveryAttributeItNamesHasOneOfItsValues() {
        assertThat(route(Map.of("unit", Set.of("PERHUBUNGAN", "SOSIAL"), "audience", Set.of("SUPERVISOR")))
                .matches(SUPERVISOR_BREACH)).isTrue();
        assertThat(route(Map.of("unit", Set.of("PERHUBUNGAN"), "audience", Set.of("UNIT")))
                .matches(SUPERVISOR_BREACH)).isFalse();
    }

    @Test
    void routeNamingNothingTakesEveryAlertAndKindIsMatchedToo() {
        assertThat(route(Map.of()).matches(SUPERVISOR_BREACH)).isTrue();
        assertThat(route(Map.of("kind", Set.of("DIGEST"))).matches(SUPERVISOR_BREACH)).isFalse();
        assertThat(route(Map.of("kind", Set.of("SLA_BREACH"))).matches(SUPERVISOR_BREACH)).isTrue();
    }

    @Test
    void alertWithoutTheAttributeDoesNotMatchARouteThatNamesIt() {
        var alarm = new Alert("alarm", Alert.Kind.OPERATIONS, "alarm", "text", Map.of("audience", "OPERATIONS"));
        assertThat(route(Map.of("unit", Set.of("PERHUBUNGAN"))).matches(alarm)).isFalse();
    }

    @Test
    void targetsNeverShowTheirSecrets() {
        assertThat(new ChatTarget.Telegram("123:secret-token", "-100").toString()).doesNotContain("secret");
        assertThat(new ChatTarget.Slack("https://hooks.slack.com/services/T/B/secret").toString())
                .doesNotContain("secret");
    }

    private static ChatRoute route(Map<String, Set<String>> match) {
        return new ChatRoute("route", new ChatTarget.Slack("https://hooks.example/secret"), match);
    }
}
