package id.aduan.local;

import id.aduan.adapters.config.SlaSettings;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.SamTemplate;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What {@code ./aduan up} says once everything runs: where things are, what runs when, how to stop. */
final class Banner {

    /** Times people read are Jakarta's, whatever zone this machine is in. */
    static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'")
            .withZone(WorkingCalendar.ZONE);

    private Banner() {
    }

    static void print(LocalRun run, PrintStream out) {
        var template = run.options().template();
        var url = run.url();
        out.println();
        out.println("Aduan runs locally, from " + template.file());
        out.println();
        out.println("  Gateway    " + url + "   (the HTTP API of template.yaml)");
        out.println("  Console    " + run.consoleUrl().map(console -> console + "/   (staff console: sign in with any role)")
                .orElse("not built: mvn -B -pl console package builds it (needs Node.js and npm)"));
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.HttpRoute route : function.httpRoutes()) {
                var protection = run.routeAuth().get(route.routeKey());
                var auth = protection.open() ? "" : "  (token: " + protection.authorizer() + ")";
                out.printf("    %-6s %-32s -> %s%s%n", route.method(), route.path(), function.logicalId(), auth);
            }
        }
        out.println("  Local only (not part of AWS)");
        out.printf("    %-6s %-32s    %s%n", "GET", LocalEndpoints.JWKS, "keys that check ./aduan token tokens");
        out.printf("    %-6s %-32s    %s%n", "GET", LocalEndpoints.ALERTS, "what the topics received (./aduan alerts)");
        out.printf("    %-6s %-32s    %s%n", "POST", LocalEndpoints.FIRE + "{Function}", "run a schedule now (./aduan fire)");
        out.printf("    %-6s %-32s    %s%n", "POST", LocalEndpoints.TOKEN, "a staff token for the console's sign-in");
        printSchedules(run, out);
        var target = run.options().functionSettings().get(SlaSettings.TARGET_OVERRIDE);
        if (target != null) {
            out.println("  SLA        every target shortened to " + target + " around the clock (ADUAN_SLA_TARGET): warning at"
                    + " 75 %, breach at 100 %, escalation half a target later; the sweep runs every minute");
        }
        printEventSources(template, out);
        out.println("  Graph API  " + run.graph().url() + "   (stand-in for Instagram: replies are accepted, nothing leaves"
                + " this machine)");
        out.println("  AWS        " + run.deployment().emulator().endpoint() + "   (moto; region " + AwsEmulator.REGION
                + ", access key " + AwsEmulator.ACCESS_KEY + "/" + AwsEmulator.SECRET_KEY + ")");
        out.println("             table " + run.recorded().tableName() + "; all data is in memory and goes when this stops");
        for (SamTemplate.Resource secret : template.resourcesOfType("AWS::SecretsManager::Secret")) {
            var source = secret.logicalId().equals("InstagramSecret")
                    ? "app secret from ADUAN_IG_APP_SECRET, verify token from ADUAN_IG_VERIFY_TOKEN (development defaults when unset)"
                    : "generated";
            out.println("  Secret     " + LocalOptions.STACK + "/" + secret.logicalId() + ": " + source);
        }
        out.println();
        out.println("  Try        ./aduan send comment-complaint.json     then   ./aduan complaints");
        out.println("  Stop       Ctrl+C");
        out.println();
    }

    private static void printSchedules(LocalRun run, PrintStream out) {
        var schedules = run.schedules();
        if (schedules.all().isEmpty()) {
            return;
        }
        var running = run.options().schedules();
        out.println("  Schedules" + (running ? "" : "  (not firing: --no-schedules; ./aduan fire <Function> runs one)"));
        var now = run.options().clock().instant();
        for (Schedules.Schedule schedule : schedules.all()) {
            var next = schedules.nextFire(schedule, now).map(time -> "next " + WIB.format(time)).orElse("never again");
            var zone = schedule.zone().equals(ZoneOffset.UTC) ? "" : " " + schedule.zone();
            out.printf("    %-32s %-24s %s%s  %s%n", schedule.function(), schedule.text(), schedule.event(), zone,
                    !schedule.enabled() ? "disabled" : running ? next : "");
        }
    }

    private static void printEventSources(SamTemplate template, PrintStream out) {
        for (QueuePoller.Source source : QueuePoller.read(template)) {
            out.printf("  Queue      %s -> %s (batches of %d)%n", source.queue(), source.function(), source.batchSize());
        }
        TopicRelay.subscribers(template).forEach((topic, functions) ->
                out.println("  Topic      " + topic + " -> printed here, ./aduan alerts"
                        + (functions.isEmpty() ? "" : ", " + String.join(", ", functions))));
    }
}
