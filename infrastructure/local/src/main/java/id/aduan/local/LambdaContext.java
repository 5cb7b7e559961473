package id.aduan.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import id.aduan.testkit.AwsEmulator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** What Lambda tells a handler about one invocation: its request id, its function, the time it has left. */
final class LambdaContext implements Context {

    static final String ACCOUNT = "123456789012";

    private final String function;
    private final int memoryMegabytes;
    private final Instant deadline;
    private final Clock clock;
    private final String requestId = UUID.randomUUID().toString();

    LambdaContext(String function, int memoryMegabytes, Instant deadline, Clock clock) {
        this.function = function;
        this.memoryMegabytes = memoryMegabytes;
        this.deadline = deadline;
        this.clock = clock;
    }

    static String functionArn(String function) {
        return "arn:aws:lambda:" + AwsEmulator.REGION + ":" + ACCOUNT + ":function:" + function;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function;
    }

    @Override
    public String getLogStreamName() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString().replace('-', '/') + "/[$LATEST]local";
    }

    @Override
    public String getFunctionName() {
        return function;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return functionArn(function);
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMegabytes;
    }

    @Override
    public LambdaLogger getLogger() {
        return StdoutLogger.INSTANCE;
    }

    /** Lambda sends what a function logs to its log group; locally it goes to the run's output. */
    private enum StdoutLogger implements LambdaLogger {
        INSTANCE;

        @Override
        public void log(String message) {
            System.out.println(message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    }
}
