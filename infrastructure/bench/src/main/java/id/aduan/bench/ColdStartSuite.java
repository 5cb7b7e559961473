package id.aduan.bench;

import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cold start of every function in {@code template.yaml}, and of a baseline handler that does the least
 * any Java function on DynamoDB can do (one client, one GetItem): for each, several fresh JVMs whose
 * class path is the function's deployable jar, each building the handler as Lambda does and answering one
 * real request against moto's server. Prints medians and ratios to the baseline as a Markdown table.
 * Each function's starts alternate with starts of the baseline (baseline, function, baseline, …), and its
 * ratios are to those: the machine's speed drifts over the minutes a run takes by more than the
 * differences measured, while starts a second apart agree within a few per cent.
 *
 * <p>Usage: {@code ColdStartSuite [--runs N] [--jvm "<options>"] [--aot] [--primed] [--class-loads] [--out FILE]
 * [FunctionLogicalId…]}. With {@code --class-loads}, one more run of each function logs its class loading and
 * a second table counts the classes init and the first request load, by library.
 * With {@code --primed}, each function's SnapStart priming runs between init and the first request.
 * With {@code --aot}, each function runs as its AOT flavour that {@code scripts/aot-build.sh} built under
 * {@code target/aot} (a custom runtime: jlinked JDK 25, the runtime interface client, the AOT cache its
 * training run recorded), started through its {@code bootstrap} against a {@link FakeRuntimeApi}; the
 * baseline runs plain, as the figure to compare with.
 */
public final class ColdStartSuite {

    static final String BASELINE = "Baseline";
    /**
     * The JVM sizes its heap from the memory it sees: on Lambda the function's 1024 MB (template.yaml's
     * MemorySize), here the whole machine's, which would start it with a heap many times larger and
     * inflate peak RSS. Every measured JVM is told Lambda's figure.
     */
    static final String LAMBDA_MEMORY = "-XX:MaxRAM=1024m";
    /** The prefix of {@link ColdStart}'s counts of the first request's AWS calls, by service. */
    private static final String AWS_CALLS = "aws.";
    private static final Pattern NUMBER = Pattern.compile("\"([\\w.]+)\":(-?\\d+)");

    private ColdStartSuite() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        String jvmOptions = "";
        boolean aot = false;
        boolean primed = false;
        Path out = null;
        boolean classLoads = false;
        var only = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jvm" -> jvmOptions = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--aot" -> aot = true;
                case "--primed" -> primed = true;
                case "--class-loads" -> classLoads = true;
                default -> only.add(args[i]);
            }
        }
        var template = SamTemplate.locate();
        var root = template.projectRoot();
        var results = new ArrayList<Result>();
        var failures = new ArrayList<String>();
        var work = Files.createTempDirectory("cold-start");
        try (var emulator = AwsEmulator.fromEnvironment()) {
            var deployment = Deployment.create(emulator, template, "aduan-bench", TestSecrets.byLogicalId());
            var targets = new LinkedHashMap<String, Target>();
            var webhook = template.function("InstagramWebhookFunction");
            targets.put(BASELINE, new Target(BASELINE, "id.aduan.baseline.GetItemHandler",
                    root.resolve("infrastructure/baseline/target/baseline.jar"),
                    deployment.environment(webhook.logicalId())));
            for (var function : template.functions()) {
                targets.put(function.logicalId(), new Target(function.logicalId(), function.handlerClass(),
                        root.resolve(function.codeUri()), deployment.environment(function.logicalId())));
            }
            try (var samples = new SampleEvents(deployment)) {
                var baseline = prepared(targets.get(BASELINE), samples, primed);
                for (var target : targets.values()) {
                    boolean chosen = only.isEmpty() || only.contains(target.logicalId())
                            || target.logicalId().equals(BASELINE);
                    if (!chosen) {
                        continue;
                    }
                    if (!samples.supports(target.logicalId())) {
                        System.err.println("no sample event for " + target.logicalId() + ": skipped");
                        continue;
                    }
                    var pairedWith = target.logicalId().equals(BASELINE) ? null : baseline;
                    try {
                        results.add(aot && pairedWith != null
                                ? measureFlavour(prepared(target, samples, primed), pairedWith, samples, work, runs,
                                        jvmOptions, root, new AotFlavour(root.resolve("target/aot")))
                                : measure(prepared(target, samples, primed), pairedWith, samples, work, runs,
                                        jvmOptions, classLoads, root));
                    } catch (IllegalStateException failed) {
                        // One function that fails to start or answer leaves the others' figures standing.
                        System.err.println(target.logicalId() + " left out of the table: " + failed.getMessage());
                        failures.add(target.logicalId());
                    }
                }
            }
        }
        var options = aot ? (jvmOptions + " (functions: the AOT flavour, init from the launch of bootstrap;"
                + " baseline: plain)").trim() : jvmOptions;
        var table = table(results, runs, primed ? (options + " (primed: SnapStart hooks run after init)").trim()
                : options);
        if (classLoads) {
            var counts = new LinkedHashMap<String, ClassLoads.Counts>();
            for (var result : results) {
                counts.put(result.target().logicalId(), ClassLoads.read(classLog(work, result.target())));
            }
            table += "\nClasses loaded, by library (one more run with `-Xlog:class+load`):\n\n" + ClassLoads.table(counts);
        }
        if (!failures.isEmpty()) {
            table += "\nLeft out, failed in this run: " + String.join(", ", failures) + "\n";
        }
        System.out.println(table);
        if (out != null) {
            Files.writeString(out, table);
        }
    }

    /**
     * Cold starts of one function through the harness, on the managed runtime's terms, each after a start of
     * {@code baseline} (none when measuring the baseline itself).
     */
    private static Result measure(Target target, Target baseline, SampleEvents samples, Path work, int runs,
                                  String options, boolean classLoads, Path root)
            throws IOException, InterruptedException {
        var timings = new ArrayList<Map<String, Long>>();
        var baselineTimings = new ArrayList<Map<String, Long>>();
        if (classLoads) {
            launch(target, event(work, target, samples, runs + 1),
                    options + " -Xlog:class+load=info:file=" + classLog(work, target), root);
        }
        for (int run = 1; run <= runs; run++) {
            if (baseline != null) {
                baselineTimings.add(launch(baseline, event(work, baseline, samples, run), options, root));
            }
            timings.add(launch(target, event(work, target, samples, run), options, root));
        }
        System.err.println(target.logicalId() + ": " + timings);
        return new Result(target, timings, baselineTimings);
    }

    /**
     * Cold starts of one function's AOT flavour, each a bootstrap launched for one request after a plain start
     * of {@code baseline}.
     */
    private static Result measureFlavour(Target target, Target baseline, SampleEvents samples, Path work, int runs,
                                         String options, Path root, AotFlavour flavour)
            throws IOException, InterruptedException {
        if (!flavour.trained(target.logicalId())) {
            System.err.println(target.logicalId() + ": no AOT cache in its layer; it starts without one");
        }
        var timings = new ArrayList<Map<String, Long>>();
        var baselineTimings = new ArrayList<Map<String, Long>>();
        for (int run = 1; run <= runs; run++) {
            baselineTimings.add(launch(baseline, event(work, baseline, samples, run), options, root));
            var start = flavour.run(target.logicalId(), target.handler(), target.environment(),
                    List.of(samples.forFunction(target.logicalId(), run)), false);
            var measured = new LinkedHashMap<>(start.asTimings());
            var status = ColdStart.statusOf(start.answer().body());
            if (!status.equals("null") && Long.parseLong(status) >= 500) {
                throw new IllegalStateException(target.logicalId() + " answered " + status);
            }
            timings.add(measured);
        }
        System.err.println(target.logicalId() + " (AOT flavour): " + timings);
        return new Result(target, timings, baselineTimings);
    }

    /** The target with the environment its sample events need, and priming asked for when {@code primed}. */
    private static Target prepared(Target target, SampleEvents samples, boolean primed) {
        var environment = new LinkedHashMap<>(samples.environment(target.environment()));
        if (primed) {
            environment.put("PRIME", "true");
        }
        return target.withEnvironment(environment);
    }

    private static Path classLog(Path work, Target target) {
        return work.resolve(target.logicalId() + "-classes.log");
    }

    private static Path event(Path work, Target target, SampleEvents samples, int run) throws IOException {
        var event = work.resolve(target.logicalId() + "-" + run + ".json");
        Files.writeString(event, samples.forFunction(target.logicalId(), run));
        return event;
    }

    private record Target(String logicalId, String handler, Path jar, Map<String, String> environment) {
        Target withEnvironment(Map<String, String> changed) {
            return new Target(logicalId, handler, jar, changed);
        }
    }

    /** A function's starts, and the baseline's starts made between them (none for the baseline itself). */
    private record Result(Target target, List<Map<String, Long>> samples, List<Map<String, Long>> baseline) {
        long median(String name) {
            return median(samples, name);
        }

        /** The first request's AWS calls by service ("DynamoDb 11, Sns 1"); "–" where they were not counted. */
        String awsCalls() {
            var services = new TreeSet<String>();
            samples.forEach(sample -> sample.keySet().stream().filter(key -> key.startsWith(AWS_CALLS))
                    .forEach(services::add));
            var calls = new StringJoiner(", ");
            services.forEach(key -> calls.add(key.substring(AWS_CALLS.length()) + " " + median(key)));
            return services.isEmpty() ? "–" : calls.toString();
        }

        /** The median of the baseline starts made alongside the function's (its own, for the baseline). */
        long baselineMedian(String name) {
            return median(baseline.isEmpty() ? samples : baseline, name);
        }

        /** The function's median over the median of the baseline starts made alongside it. */
        double toBaseline(String name) {
            return (double) median(name) / baselineMedian(name);
        }

        private static long median(List<Map<String, Long>> starts, String name) {
            var values = starts.stream().mapToLong(s -> s.getOrDefault(name, -1L)).sorted().toArray();
            return values[values.length / 2];
        }
    }

    /** Starts a fresh JVM for one cold start and reads the timings it prints. */
    private static Map<String, Long> launch(Target target, Path event, String jvmOptions, Path root)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(LAMBDA_MEMORY);
        if (!jvmOptions.isBlank()) {
            command.addAll(Arrays.asList(jvmOptions.trim().split("\\s+")));
        }
        // Jars only: an AOT cache cannot be used with a directory on the class path.
        command.addAll(List.of("-cp", target.jar() + ":" + root.resolve("infrastructure/bench/target/bench.jar"),
                ColdStart.class.getName(), target.handler(), event.toString()));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        process.environment().clear();
        process.environment().putAll(target.environment());
        process.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin"));
        var now = Instant.now();
        process.environment().put("LAUNCHED_AT_NANOS", Long.toString(now.getEpochSecond() * 1_000_000_000L + now.getNano()));
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());
        if (started.waitFor() != 0) {
            throw new IllegalStateException(target.logicalId() + " failed: " + output);
        }
        var line = output.lines().filter(l -> l.contains("\"bench\":\"cold-start\"")).findFirst()
                .orElseThrow(() -> new IllegalStateException(target.logicalId() + " printed no timings: " + output));
        var values = new LinkedHashMap<String, Long>();
        var matcher = NUMBER.matcher(line);
        while (matcher.find()) {
            values.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        if (values.getOrDefault("status", 200L) >= 500) {
            throw new IllegalStateException(target.logicalId() + " answered " + values.get("status"));
        }
        return values;
    }

    private static String table(List<Result> results, int runs, String jvmOptions) throws IOException {
        var text = new StringBuilder();
        text.append("Cold start, median of ").append(runs).append(" fresh JVMs sized for 1024 MB (`")
                .append(LAMBDA_MEMORY).append("`)")
                .append(jvmOptions.isBlank() ? "" : " with `" + jvmOptions + "`")
                .append(" (plus each function's JAVA_TOOL_OPTIONS from template.yaml); each function's ratios are to"
                        + " the baseline's starts made between its own\n\n");
        text.append("| function | jar | init ms | priming ms | first request ms | AWS calls | total ms | × baseline"
                + " | CPU ms | baseline CPU ms | × baseline | peak RSS MB |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var result : results) {
            long total = result.median("totalMillis");
            text.append("| ").append(result.target().logicalId())
                    .append(" | ").append(String.format("%.1f MB", Files.size(result.target().jar()) / 1e6))
                    .append(" | ").append(result.median("initMillis"))
                    .append(" | ").append(result.median("primeMillis"))
                    .append(" | ").append(result.median("firstInvokeMillis"))
                    .append(" | ").append(result.awsCalls())
                    .append(" | ").append(total)
                    .append(" | ").append(String.format("%.2f", result.toBaseline("totalMillis")))
                    .append(" | ").append(result.median("cpuMillis"))
                    .append(" | ").append(result.baselineMedian("cpuMillis"))
                    .append(" | ").append(String.format("%.2f", result.toBaseline("cpuMillis")))
                    .append(" | ").append(result.median("peakRssKb") / 1024)
                    .append(" |\n");
        }
        return text.toString();
    }
}
