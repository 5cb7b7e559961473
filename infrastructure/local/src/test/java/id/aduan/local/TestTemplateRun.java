package id.aduan.local;

import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One local run of {@code local-test-template.yaml} per test JVM, shared by the tests of its mechanisms.
 * Its clock is set a few seconds before a minute starts, so the every-minute schedule fires soon.
 */
final class TestTemplateRun {

    static final Duration RETRY_DELAY = Duration.ofMillis(200);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalRun run;

    private TestTemplateRun() {
    }

    static synchronized LocalRun get() {
        if (run == null) {
            var now = Instant.now();
            long millisIntoMinute = now.toEpochMilli() % 60_000;
            var clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis((52_000 - millisIntoMinute + 60_000) % 60_000));
            try {
                var options = new LocalOptions(SamTemplate.read(Path.of("src/test/resources/local-test-template.yaml")),
                        0, 0, true, Files.createTempDirectory("aduan-local-state"), "test-app-secret", "test-verify-token",
                        RETRY_DELAY, clock);
                run = LocalRun.start(options, new RunLog(System.out, clock));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(run::close));
        }
        return run;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(get().url() + pathAndQuery));
    }
}
