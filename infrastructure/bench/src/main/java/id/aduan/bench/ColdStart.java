package id.aduan.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Starts a function the way the Lambda Java runtime does, in a fresh JVM whose class path is the
 * function's deployable jar: loads the handler class, builds it with its no-argument constructor (the
 * function's init), then invokes it once with an event. Prints one JSON line of timings and peak memory.
 *
 * <p>Usage: {@code java -cp <function.jar>:<bench classes> id.aduan.bench.ColdStart <handler class> <event file>}.
 * {@code LAUNCHED_AT_NANOS} (epoch nanoseconds taken just before {@code java} was started) lets the
 * total include the JVM's own start.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        var mainAt = Instant.now();
        var event = Files.readAllBytes(Path.of(args[1]));
        var launchedAt = launchedAt();

        long initStart = System.nanoTime();
        var handler = (RequestStreamHandler) Class.forName(args[0]).getConstructor().newInstance();
        long initNanos = System.nanoTime() - initStart;
        long primeNanos = 0;
        if (System.getenv("PRIME") != null) {
            long primeStart = System.nanoTime();
            runSnapshotHooks();
            primeNanos = System.nanoTime() - primeStart;
        }

        var out = new ByteArrayOutputStream();
        RequestTally.reset();
        FirstRequest.begins();
        long invokeStart = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
        long invokeNanos = System.nanoTime() - invokeStart;
        var respondedAt = Instant.now();

        var response = out.toString(StandardCharsets.UTF_8);
        System.out.println("{\"bench\":\"cold-start\",\"handler\":\"" + args[0] + "\""
                + ",\"jvmStartMillis\":" + Duration.between(launchedAt, mainAt).toMillis()
                + ",\"initMillis\":" + initNanos / 1_000_000
                + ",\"primeMillis\":" + primeNanos / 1_000_000
                + ",\"firstInvokeMillis\":" + invokeNanos / 1_000_000
                + ",\"totalMillis\":" + Duration.between(launchedAt, respondedAt).toMillis()
                + ",\"cpuMillis\":" + cpuMillis()
                + ",\"peakRssKb\":" + peakRssKb()
                + ",\"status\":" + statusOf(response)
                + awsCalls() + "}");
    }

    /**
     * Runs what Lambda SnapStart runs before its snapshot: the function's priming. There is no snapshot
     * here, so the first request afterwards shows what priming leaves warm, not a restore's own cost.
     * Functions without priming (the baseline) are left as they are.
     */
    private static void runSnapshotHooks() throws Exception {
        try {
            Class.forName("id.aduan.adapters.runtime.Priming").getMethod("runRegistered").invoke(null);
        } catch (ClassNotFoundException noPriming) {
            // The baseline has none.
        }
    }

    /** When the script started {@code java}, or, failing that, when the JVM says it started. */
    private static Instant launchedAt() {
        var nanos = System.getenv("LAUNCHED_AT_NANOS");
        return nanos == null
                ? Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
                : Instant.ofEpochSecond(0, Long.parseLong(nanos));
    }

    /**
     * CPU time the whole process used so far (all threads, JIT and GC included): steadier than wall time
     * on a busy machine, and what a Lambda function's CPU share is spent on.
     */
    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** The first request's AWS calls by service, as {@code ,"aws.DynamoDb":11,"aws.Sns":1}. */
    private static String awsCalls() {
        var fields = new StringBuilder();
        RequestTally.byService().forEach((service, calls) ->
                fields.append(",\"aws.").append(service).append("\":").append(calls));
        return fields.toString();
    }

    /** The process's peak resident memory (VmHWM), as the Lambda "Max Memory Used" figure measures it. */
    private static long peakRssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static String statusOf(String response) {
        var marker = "\"statusCode\":";
        int at = response.indexOf(marker);
        if (at < 0) {
            return "null";
        }
        int end = at + marker.length();
        while (end < response.length() && Character.isDigit(response.charAt(end))) {
            end++;
        }
        return response.substring(at + marker.length(), end);
    }

    /**
     * Loaded just before the first request, so that a {@code -Xlog:class+load} log splits at its line into
     * what init loaded and what the first request did ({@link ClassLoads}).
     */
    static final class FirstRequest {

        private FirstRequest() {
        }

        static void begins() {
            // Loading the class is the mark.
        }
    }

    private static final class BenchContext implements Context {
        private final long deadline = System.currentTimeMillis() + 20_000;

        public String getAwsRequestId() {
            return UUID.randomUUID().toString();
        }

        public String getLogGroupName() {
            return "bench";
        }

        public String getLogStreamName() {
            return "bench";
        }

        public String getFunctionName() {
            return "bench";
        }

        public String getFunctionVersion() {
            return "$LATEST";
        }

        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:ap-southeast-3:123456789012:function:bench";
        }

        public CognitoIdentity getIdentity() {
            return null;
        }

        public ClientContext getClientContext() {
            return null;
        }

        public int getRemainingTimeInMillis() {
            return (int) (deadline - System.currentTimeMillis());
        }

        public int getMemoryLimitInMB() {
            return 1024;
        }

        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) {
                    System.out.print(message);
                }

                public void log(byte[] message) {
                    System.out.write(message, 0, message.length);
                }
            };
        }
    }
}
