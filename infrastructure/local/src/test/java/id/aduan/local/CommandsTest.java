package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the commands answer wrong usage: exit code 2 and one clear line on stderr. */
class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands = new Commands(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private int run(String... words) {
        return commands.run(List.of(words));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpGoesToStdoutAndNoCommandIsAUsageError() {
        assertThat(run("help")).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("./aduan <command>");
        assertThat(run()).isEqualTo(Commands.USAGE);
    }

    @Test
    void wrongUsageIsExitCode2WithOneLineSayingWhy() {
        assertThat(run("deploy")).isEqualTo(Commands.USAGE);
        assertThat(run("token", "--role", "agent")).isEqualTo(Commands.USAGE);
        assertThat(run("token", "--role", "mayor")).isEqualTo(Commands.USAGE);
        assertThat(run("token", "--role", "admin", "--tenant", "Garut")).isEqualTo(Commands.USAGE);
        assertThat(run("complaint", "12345")).isEqualTo(Commands.USAGE);
        assertThat(run("complaints", "--status", "LOST")).isEqualTo(Commands.USAGE);
        assertThat(run("complaints", "--limit", "1000")).isEqualTo(Commands.USAGE);
        assertThat(run("send", "no-such-delivery.json")).isEqualTo(Commands.USAGE);
        assertThat(run("up", "--port", "80")).isEqualTo(Commands.USAGE);

        assertThat(errors().lines()).hasSize(9).allSatisfy(line -> assertThat(line).startsWith("aduan "));
        assertThat(errors()).contains("unknown command deploy", "--unit", "unknown role mayor", "a tenant is a region code",
                "not a tracking code",
                "--status is one of", "--limit is a number", "no fixture of that name", "unknown option --port");
    }

    @Test
    void migrateTenantNeedsARegionCodeAndASensibleSegmentCountBeforeItTouchesAnyTable() {
        assertThat(run("migrate-tenant", "--dry-run")).isEqualTo(Commands.USAGE);
        assertThat(run("migrate-tenant", "--tenant", "Bandung")).isEqualTo(Commands.USAGE);
        assertThat(run("migrate-tenant", "--tenant", "32.73", "--segments", "0")).isEqualTo(Commands.USAGE);
        assertThat(run("migrate-tenant", "--tenant", "32.73", "--segments", "many")).isEqualTo(Commands.USAGE);

        assertThat(errors().lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("aduan migrate-tenant: "));
        assertThat(errors()).contains("--tenant is required", "a tenant is a region code", "--segments is a number");
    }

    @Test
    void tokenLifetimeReadsShortAndIsoForms() {
        assertThat(Commands.ttl("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(Commands.ttl("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Commands.ttl("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Commands.ttl("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Commands.ttl("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> Commands.ttl("soon")).hasMessageContaining("--ttl");
    }

    @Test
    void optionsAreRepeatableFlagsTakeNoValueAndEqualsFormsWork() {
        var arguments = Arguments.parse(List.of("--role", "agent", "--role=supervisor", "--no-schedules", "x"),
                Set.of("role"), Set.of("no-schedules"));

        assertThat(arguments.options("role")).containsExactly("agent", "supervisor");
        assertThat(arguments.flag("no-schedules")).isTrue();
        assertThat(arguments.positional()).containsExactly("x");
        assertThatThrownBy(() -> arguments.option("role")).hasMessageContaining("once");
        assertThatThrownBy(() -> Arguments.parse(List.of("--role"), Set.of("role"), Set.of()))
                .hasMessageContaining("needs a value");
    }
}
