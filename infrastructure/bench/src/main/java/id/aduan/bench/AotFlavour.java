package id.aduan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AOT flavour as {@code scripts/aot-build.sh} lays it out under {@code target/aot}, started the way
 * Lambda starts a custom runtime: its function's layer is put beside the runtime layer (Lambda unpacks
 * both into {@code /opt}), and {@code bootstrap} runs against a {@link FakeRuntimeApi}.
 */
final class AotFlavour {

    /** Jars keep this modification time in the layers: an AOT cache checks it, and zip keeps even seconds. */
    static final FileTime JAR_TIME = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    static final String CACHE = "aduan.aot";

    /** One start of a function and its first request, measured from the launch of {@code bootstrap}. */
    record Start(long initMillis, long firstRequestMillis, long totalMillis, long cpuMillis, long peakRssKb,
                 FakeRuntimeApi.Answer answer) {

        Map<String, Long> asTimings() {
            var timings = new LinkedHashMap<String, Long>();
            timings.put("initMillis", initMillis);
            timings.put("primeMillis", 0L);
            timings.put("firstInvokeMillis", firstRequestMillis);
            timings.put("totalMillis", totalMillis);
            timings.put("cpuMillis", cpuMillis);
            timings.put("peakRssKb", peakRssKb);
            return timings;
        }
    }

    private final Path runtime;
    private final Path functions;

    AotFlavour(Path root) {
        this.runtime = root.toAbsolutePath().resolve("runtime");
        this.functions = root.toAbsolutePath().resolve("functions");
        if (!Files.isExecutable(runtime.resolve("bootstrap"))) {
            throw new IllegalStateException("no AOT flavour under " + root + ": run scripts/aot-build.sh first");
        }
    }

    /** The function's own layer: its jar and, once trained, its AOT cache. */
    Path layer(String logicalId) {
        return functions.resolve(logicalId).resolve("function");
    }

    boolean trained(String logicalId) {
        return Files.exists(layer(logicalId).resolve(CACHE));
    }

    /** Makes the function's layer from its deployable jar, without a cache yet. */
    void createLayer(String logicalId, Path jar) throws IOException {
        var layer = layer(logicalId);
        Files.createDirectories(layer);
        Files.deleteIfExists(layer.resolve(CACHE));
        var copy = layer.resolve("function.jar");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(copy, JAR_TIME);
    }

    /**
     * Starts the function with its layer in place, sends it {@code events} one after the other, and
     * stops it; with {@code recordCache}, the JVM records the function's AOT cache as it exits.
     */
    Start run(String logicalId, String handler, Map<String, String> environment, Iterable<String> events,
              boolean recordCache) throws IOException, InterruptedException {
        stage(logicalId);
        try (var api = new FakeRuntimeApi()) {
            // A training run's JVM says here whether and how it recorded the cache.
            var command = new ProcessBuilder(runtime.resolve("bootstrap").toString())
                    .redirectError(recordCache ? ProcessBuilder.Redirect.to(layer(logicalId).resolveSibling("training.log").toFile())
                            : ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            var env = command.environment();
            env.clear();
            env.putAll(environment);
            // The same options in training and in use: an AOT cache recorded under others may not apply.
            env.put("JAVA_TOOL_OPTIONS", (environment.getOrDefault("JAVA_TOOL_OPTIONS", "") + " "
                    + ColdStartSuite.LAMBDA_MEMORY).trim());
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("_HANDLER", handler + "::handleRequest");
            var staged = runtime.resolve("function").resolve(CACHE);
            if (recordCache) {
                env.put("ADUAN_AOT_CACHE_OUTPUT", staged.toString());
            }
            var launchedAt = Instant.now();
            var process = command.start();
            try {
                FakeRuntimeApi.Answer first = null;
                for (String event : events) {
                    var answer = api.invoke(event);
                    if (answer.error()) {
                        throw new IllegalStateException(logicalId + " failed: " + answer.body());
                    }
                    first = first == null ? answer : first;
                }
                if (first == null) {
                    throw new IllegalArgumentException("no event for " + logicalId);
                }
                var init = Duration.between(launchedAt, api.firstPollAt());
                var start = new Start(init.toMillis(), Duration.between(api.firstPollAt(), first.at()).toMillis(),
                        Duration.between(launchedAt, first.at()).toMillis(), cpuMillis(process.pid()),
                        peakRssKb(process.pid()), first);
                process.destroy();
                process.waitFor();
                if (recordCache) {
                    Files.move(staged, layer(logicalId).resolve(CACHE), StandardCopyOption.REPLACE_EXISTING);
                }
                return start;
            } finally {
                process.destroyForcibly();
            }
        }
    }

    /** Puts the function's layer where Lambda would unpack it, beside the runtime layer. */
    private void stage(String logicalId) throws IOException {
        var staged = runtime.resolve("function");
        Files.createDirectories(staged);
        try (var old = Files.list(staged)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (var files = Files.list(layer(logicalId))) {
            for (Path file : files.toList()) {
                Files.copy(file, staged.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** CPU time the process used so far (user and system), from {@code /proc/<pid>/stat}, in 10 ms ticks. */
    private static long cpuMillis(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
