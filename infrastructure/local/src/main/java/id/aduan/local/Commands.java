package id.aduan.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintBackfill;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.TenantMigration;
import id.aduan.adapters.json.Json;
import id.aduan.core.access.Access;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.local.Arguments.UsageError;
import id.aduan.local.cost.CostReport;
import id.aduan.local.cost.MeasuredWork;
import id.aduan.local.cost.MonthlyBill;
import id.aduan.local.cost.PriceTable;
import id.aduan.local.cost.Usage;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The {@code ./aduan} commands: each reads its words, does one thing, prints the result and says how it went. */
final class Commands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int NOT_RUNNING = 3;

    private static final String WEBHOOK_FUNCTION = "InstagramWebhookFunction";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");
    private static final int MAX_LIMIT = 100;

    static final String HELP = """
            Aduan on this machine: no AWS account, no Docker.

            Usage: ./aduan <command> [options]

              up [--no-schedules]       start everything: AWS emulator, the resources, routes and schedules of
                                        template.yaml; stays in the foreground, Ctrl+C stops it
              send <fixture|file>       sign a webhook delivery as Meta does and POST it to the running webhook
                   [--now] [--url URL] [--secret S]   (fixtures: comment-complaint.json, dm-text.json, … see
                                        testkit); --now stamps its times with the current time first
              complaint <ADU-XXXXX>     a stored complaint, with its messages and timeline, as JSON
              complaints [--status NEW] [--limit 20] [--json]
                                        the newest complaints as a table (of every status unless --status;
                                        times in WIB), or as stored with --json
              token --role ROLE [--role ROLE] [--unit UNIT] [--tenant 32.73] [--email E] [--username U] [--ttl 8h]
                                        print a staff token; roles: admin, triage, supervisor, agent, viewer;
                                        supervisors, agents and viewers need --unit (e.g. BINA_MARGA_SDA;
                                        a viewer of every unit: --unit '*'); --tenant names the government
                                        the holder works for (needed when the stack serves several)
              fire <FunctionLogicalId>  run a function's schedule now and print its result
              alerts                    what the running local run's topics received
              export --out FILE [--table T] [--region R]
                                        every item of the local run's table, or of table T in AWS (the
                                        caller's credentials; region R, else AWS_REGION), one JSON line each
              backfill [--table T] [--region R] [--dry-run]
                                        once after upgrading: give complaints stored before them the ERASE
                                        due key (closed/rejected), REPORTERPK and maskedSearchText;
                                        idempotent, so run it again after an interruption
              migrate-tenant --tenant 32.73 [--table T] [--region R] [--dry-run] [--segments 4]
                                        once when the stack starts serving tenants: move every item a
                                        government owns under the tenant's keys, then check none is left
                                        (exit 1 if any is); platform items stay; safe to run again
              cost --complaints N [--region ap-southeast-3|ap-southeast-1] [--staff N] [--poll-seconds 20]
                   [--retention-months 24]
                                        the monthly AWS bill for N complaints a month, from measured work
              help                      this text

            Environment: ADUAN_LOCAL_PORT (3000), ADUAN_LOCAL_AWS_PORT (free), ADUAN_IG_APP_SECRET
            (aduan-local-app-secret), ADUAN_IG_VERIFY_TOKEN (aduan-local-verify-token), ADUAN_SLA_TARGET
            (e.g. PT4M: every SLA target that long, to watch warnings and breaches within minutes).
            Exit codes: 0 done, 1 failed or refused, 2 wrong usage, 3 no local run is running.
            """;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final LocalClient client = new LocalClient();

    Commands(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) {
        if (words.isEmpty()) {
            err.print(HELP);
            return USAGE;
        }
        var command = words.getFirst();
        var rest = words.subList(1, words.size());
        try {
            return switch (command) {
                case "up" -> up(Arguments.parse(rest, Set.of(), Set.of("no-schedules")));
                case "send" -> send(Arguments.parse(rest, Set.of("url", "secret"), Set.of("now")));
                case "complaint" -> complaint(Arguments.parse(rest, Set.of(), Set.of()));
                case "complaints" -> complaints(Arguments.parse(rest, Set.of("status", "limit"), Set.of("json")));
                case "token" -> token(Arguments.parse(rest, Set.of("role", "unit", "tenant", "email", "username", "ttl"), Set.of()));
                case "fire" -> fire(Arguments.parse(rest, Set.of(), Set.of()));
                case "alerts" -> alerts(Arguments.parse(rest, Set.of(), Set.of()));
                case "export" -> export(Arguments.parse(rest, Set.of("out", "table", "region"), Set.of()));
                case "backfill" -> backfill(Arguments.parse(rest, Set.of("table", "region"), Set.of("dry-run")));
                case "migrate-tenant" -> migrateTenant(Arguments.parse(rest, Set.of("tenant", "table", "region", "segments"),
                        Set.of("dry-run")));
                case "cost" -> cost(Arguments.parse(rest, Set.of("complaints", "region", "staff", "poll-seconds",
                        "retention-months"), Set.of()));
                case "help", "--help", "-h" -> {
                    out.print(HELP);
                    yield OK;
                }
                default -> throw new UsageError("unknown command " + command);
            };
        } catch (UsageError e) {
            err.println("aduan " + command + ": " + e.getMessage() + " (see ./aduan help)");
            return USAGE;
        } catch (NotRunning e) {
            err.println("aduan " + command + ": " + e.getMessage());
            return NOT_RUNNING;
        } catch (RuntimeException e) {
            err.println("aduan " + command + ": " + e.getMessage());
            return FAILED;
        }
    }

    private int export(Arguments arguments) {
        arguments.noPositional();
        var file = Path.of(arguments.option("out").orElseThrow(() -> new UsageError("--out FILE is required")));
        var target = table(arguments);
        try (var writer = Files.newBufferedWriter(file)) {
            long items = TableExport.write(target.client(), target.name(), writer);
            out.println("exported " + items + " items of " + target.name() + " to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OK;
    }

    private int backfill(Arguments arguments) {
        arguments.noPositional();
        var target = table(arguments);
        boolean dryRun = arguments.flag("dry-run");
        var report = new ComplaintBackfill(new ComplaintTable(target.client(), target.name())
                .forTenant(ComplaintLookup.firstTenant(SamTemplate.locate()))).run(dryRun, page ->
                out.println("read " + page.complaints() + " complaints, " + page.backfilled()
                        + (dryRun ? " would be backfilled" : " backfilled") + ", " + page.raced() + " changed meanwhile"));
        out.println((dryRun ? "would backfill " : "backfilled ") + report.backfilled() + " of " + report.complaints()
                + " complaints of " + target.name() + " " + report.attributes()
                + (report.raced() == 0 ? "" : "; " + report.raced() + " changed meanwhile: run it again"));
        return OK;
    }

    private int migrateTenant(Arguments arguments) {
        arguments.noPositional();
        Tenant tenant;
        try {
            tenant = new Tenant(arguments.option("tenant").orElseThrow(() -> new UsageError("--tenant is required, e.g. 32.73")));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        int segments = segments(arguments.option("segments").orElse("1"));
        var target = table(arguments);
        boolean dryRun = arguments.flag("dry-run");
        var migration = new TenantMigration(target.client(), target.name(), tenant);
        long started = System.nanoTime();
        var summary = migration.run(dryRun, segments, page -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        TenantMigrationReport.print(summary, out);
        if (dryRun) {
            out.printf("dry run: %d items of %s would move under %s#; nothing written%n",
                    summary.count(TenantMigration.Outcome.TO_MOVE), target.name(), tenant);
            return OK;
        }
        long moved = summary.count(TenantMigration.Outcome.MOVED);
        out.printf("moved %d items of %s under %s# in %.1f s (%.0f items/s)%n", moved, target.name(), tenant, seconds,
                moved / Math.max(seconds, 0.001));
        var check = migration.run(true, segments, page -> { });
        if (check.left() > 0) {
            err.println("aduan migrate-tenant: " + check.left() + " items a government owns are still not under a tenant"
                    + " (see the summary above); run it again");
            TenantMigrationReport.print(check, err);
            return FAILED;
        }
        out.println("verified: every item a government owns is under a tenant");
        return OK;
    }

    private static int segments(String text) {
        try {
            int segments = Integer.parseInt(text);
            if (segments >= 1 && segments <= 64) {
                return segments;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, like any other value out of range.
        }
        throw new UsageError("--segments is a number from 1 to 64");
    }

    private record Table(DynamoDbClient client, String name) {
    }

    /** Table T in AWS with --table (the caller's credentials; region R, else AWS_REGION), else the local run's. */
    private Table table(Arguments arguments) {
        if (arguments.option("table").isPresent()) {
            var settings = new HashMap<>(environment);
            arguments.option("region").ifPresent(region -> settings.put("AWS_REGION", region));
            settings.putIfAbsent("AWS_REGION", "ap-southeast-3");
            return new Table(new AwsClients(new Settings(settings), List.of()).dynamoDb(), arguments.option("table").get());
        }
        var run = running();
        return new Table(ComplaintLookup.dynamoDb(run), ComplaintLookup.tableOf(run));
    }

    private int cost(Arguments arguments) {
        arguments.noPositional();
        var complaints = number(arguments, "complaints", null);
        var defaults = Usage.defaults(complaints);
        var template = SamTemplate.locate();
        var usage = new Usage(complaints, number(arguments, "staff", defaults.staff()),
                number(arguments, "poll-seconds", defaults.pollSeconds()), defaults.otherDeliveriesPerComplaint(),
                defaults.followUpsPerComplaint(), defaults.opensPerComplaint(), defaults.repliesPerComplaint(),
                defaults.alertingShare(), number(arguments, "retention-months", defaults.retentionMonths()),
                defaults.logRetentionMonths(), defaults.memoryGb(), defaults.awsRequestMillis(),
                template.resourcesOfType("AWS::CloudWatch::Alarm").size(),
                template.resourcesOfType("AWS::SecretsManager::Secret").size());
        var prices = PriceTable.forRegion(arguments.option("region").orElse("ap-southeast-3"));
        var work = MeasuredWork.bundled();
        CostReport.print(MonthlyBill.compute(usage, work, prices), usage, work, prices, out);
        return OK;
    }

    private static double number(Arguments arguments, String name, Double fallback) {
        var given = arguments.option(name);
        if (given.isEmpty()) {
            if (fallback == null) {
                throw new UsageError("give --" + name);
            }
            return fallback;
        }
        try {
            var value = Double.parseDouble(given.get());
            if (!(value > 0)) {
                throw new UsageError("--" + name + " must be above 0");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " must be a number, not " + given.get());
        }
    }

    private int up(Arguments arguments) {
        arguments.noPositional();
        out.println("Starting Aduan: AWS emulator, then the resources, routes and schedules of template.yaml …");
        var run = LocalRun.start(LocalOptions.fromEnvironment(environment, !arguments.flag("no-schedules")),
                new RunLog(out, Clock.systemUTC()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping; the emulator's data goes with it.");
            run.close();
        }));
        Banner.print(run, out);
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private int send(Arguments arguments) {
        var recorded = delivery(arguments.single("a fixture name (like comment-complaint.json) or a delivery file"));
        var body = arguments.flag("now") ? DeliveryRestamp.toNow(recorded, Clock.systemUTC().instant()) : recorded;
        var secret = arguments.option("secret").orElse(LocalOptions.appSecret(environment));
        var url = arguments.option("url").map(URI::create).orElseGet(() -> URI.create(running().url() + webhookPath()));
        var response = client.post(url, body, Map.of("content-type", "application/json",
                "x-hub-signature-256", WebhookSignature.sign(body, secret)));
        out.println("HTTP " + response.status());
        out.println(response.body());
        return response.ok() ? OK : FAILED;
    }

    /** The file as given, else the shared fixture of that name: the exact bytes, as Meta signs them. */
    private static byte[] delivery(String name) {
        var file = Path.of(name);
        if (Files.isRegularFile(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        var fixture = name.endsWith(".json") ? name : name + ".json";
        if (!InstagramFixtures.NAMES.contains(fixture)) {
            throw new UsageError("no file " + name + ", and no fixture of that name; the fixtures are "
                    + String.join(", ", InstagramFixtures.NAMES));
        }
        return InstagramFixtures.read(fixture);
    }

    private static String webhookPath() {
        return SamTemplate.locate().function(WEBHOOK_FUNCTION).httpRoutes().stream()
                .filter(route -> route.method().equals("POST")).findFirst()
                .orElseThrow(() -> new IllegalStateException(WEBHOOK_FUNCTION + " has no POST route in template.yaml"))
                .path();
    }

    private int complaint(Arguments arguments) {
        var typed = arguments.single("a tracking code, like ADU-7K3Q9");
        TrackingCode code;
        try {
            code = TrackingCode.parseLenient(typed);
        } catch (IllegalArgumentException e) {
            throw new UsageError(typed + " is not a tracking code (ADU- and five letters or digits)");
        }
        var detail = ComplaintLookup.of(running()).byTrackingCode(code);
        if (detail.isEmpty()) {
            err.println("aduan complaint: no complaint " + code + " in the local run");
            return FAILED;
        }
        out.println(ComplaintLookup.print(detail.get()));
        return OK;
    }

    private int complaints(Arguments arguments) {
        arguments.noPositional();
        var status = arguments.option("status").map(Commands::status);
        int limit = arguments.option("limit").map(Commands::limit).orElse(20);
        var newest = ComplaintLookup.of(running()).newest(status, limit);
        out.print(arguments.flag("json") ? ComplaintLookup.print(newest) + System.lineSeparator()
                : ComplaintRows.table(newest));
        return OK;
    }

    private static Status status(String text) {
        try {
            return Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--status is one of " + Arrays.toString(Status.values()));
        }
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, like any other value out of range.
        }
        throw new UsageError("--limit is a number from 1 to " + MAX_LIMIT);
    }

    private int token(Arguments arguments) {
        arguments.noPositional();
        var roles = arguments.options("role");
        var unit = arguments.option("unit").orElse(null);
        TokenMinter.Staff staff;
        try {
            staff = new TokenMinter.Staff(arguments.option("username").orElse("local." + String.join("-", roles)),
                    roles, unit, arguments.option("email").orElse(null), ttl(arguments.option("ttl").orElse("8h")),
                    arguments.option("tenant").map(Tenant::new).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (unit != null && !Access.EVERY_UNIT.equals(unit) && !UnitCatalog.DEFAULT.contains(unit)) {
            err.println("note: " + unit + " is not in the default unit catalog; the token says it anyway");
        }
        var identity = LocalIdentity.loadOrCreate(new LocalState(LocalState.folderOf(SamTemplate.locate())).signingKeyFile());
        out.println(new TokenMinter(identity, Clock.systemUTC()).mint(staff));
        return OK;
    }

    /** {@code 90s}, {@code 30m}, {@code 8h}, {@code 2d}, or ISO-8601 like {@code PT8H}. */
    static Duration ttl(String text) {
        var short_ = SHORT_DURATION.matcher(text.strip());
        if (short_.matches()) {
            long value = Long.parseLong(short_.group(1));
            return switch (short_.group(2)) {
                case "s" -> Duration.ofSeconds(value);
                case "m" -> Duration.ofMinutes(value);
                case "h" -> Duration.ofHours(value);
                default -> Duration.ofDays(value);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageError("--ttl is like 8h, 30m, 90s, 2d or PT8H, not " + text);
        }
    }

    private int fire(Arguments arguments) {
        var function = arguments.single("the logical id of a function with a schedule, like DeliveryRetryFunction");
        var response = client.post(URI.create(running().url() + LocalEndpoints.FIRE + function), new byte[0], Map.of());
        if (!response.ok()) {
            err.println("aduan fire: " + message(response.body()));
            return FAILED;
        }
        out.println(response.body());
        return OK;
    }

    private int alerts(Arguments arguments) {
        arguments.noPositional();
        var response = client.get(URI.create(running().url() + LocalEndpoints.ALERTS));
        if (!response.ok()) {
            err.println("aduan alerts: " + message(response.body()));
            return FAILED;
        }
        var alerts = read(response.body());
        if (alerts.isEmpty()) {
            out.println("No alerts yet.");
        }
        for (JsonNode alert : alerts) {
            var subject = alert.path("subject").asText("");
            out.println(publishedAt(alert.path("publishedAt").asText()) + "  " + alert.path("topic").asText() + "  "
                    + (subject.isEmpty() ? "" : "[" + subject + "] ") + alert.path("message").asText());
        }
        return OK;
    }

    /** When an alert was published, as people read it: in WIB. */
    private static String publishedAt(String instant) {
        try {
            return Banner.WIB.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private LocalState.Run running() {
        return new LocalState(LocalState.folderOf(SamTemplate.locate())).running().orElseThrow(NotRunning::new);
    }

    private static String message(String body) {
        var json = read(body);
        return Optional.ofNullable(json.get("errorMessage")).or(() -> Optional.ofNullable(json.get("message")))
                .map(JsonNode::asText).orElse(body);
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    /** No {@code ./aduan up} is running for this project: exit code 3. */
    static final class NotRunning extends RuntimeException {
        NotRunning() {
            super("no local run is running for this project; start one with ./aduan up");
        }
    }
}
