package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.ingest.RawDelivery;
import id.aduan.slamonitor.SlaSweepHandler;
import id.aduan.slamonitor.Wiring;
import id.aduan.testkit.InstagramFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One complaint's story in the functions' JSON log lines: taken in from a delivery, followed up in a
 * later one, verified by staff, answered by the reply sender, and alerted on by the SLA sweep and the
 * alert notifier; every line about it carries the id of the delivery it came from.
 */
class CorrelationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path state;

    @Test
    void everyLineAboutAComplaintFromDeliveryToStaffActionReplyAndSlaAlertCarriesTheSameCorrelationId()
            throws Exception {
        var first = RawDelivery.idOf(InstagramFixtures.read("comment-complaint.json"));
        var followUp = RawDelivery.idOf(InstagramFixtures.read("comment-reply-in-thread.json"));
        var written = new ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new PrintStream(new Tee(console, written), true, StandardCharsets.UTF_8));
        try (var calls = LocalRunCalls.start(state)) {
            calls.deliver("comment-complaint.json", "comment-reply-in-thread.json");
            var complaint = newest(calls);
            assertThat(calls.run.deployment().items("ComplaintsTable"))
                    .filteredOn(item -> item.get("SK").s().equals("META") && item.get("PK").s().contains("#C#"))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("correlationId").s()).isEqualTo(first));
            var code = complaint.trackingCode().value();
            var triage = calls.token("tia.triage", "triage");
            var verified = calls.staff(triage, "POST", "/complaints/" + code + "/actions",
                    "{\"action\": \"VERIFY\", \"unit\": \"BENCANA\", \"category\": \"Pohon tumbang\", \"priority\": \"HIGH\", \"version\": %d}"
                            .formatted(complaint.version()));
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            var queued = calls.staff(triage, "POST", "/complaints/" + code + "/replies",
                    "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"text\": \"Terima kasih, aduan Anda kami teruskan.\", \"version\": %d}"
                            .formatted(newest(calls).version()));
            assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
            awaitLine(written, line -> line.path("function").asText().contains("ReplySender")
                    && line.has("outcome"));
            var swept = sweepAt(calls, Instant.now().plus(Duration.ofDays(60)));
            assertThat(swept.path("alertsRaised").asInt()).isPositive();
            awaitLine(written, line -> line.path("function").asText().contains("AlertNotifier"));

            var ids = Set.of(complaint.id().value(), code);
            var aboutIt = lines(written).stream()
                    .filter(line -> ids.contains(line.path("complaint").asText())
                            || line.path("correlationId").asText().equals(first)
                            || line.path("deliveryId").asText().equals(followUp))
                    .toList();
            assertThat(aboutIt).allSatisfy(line -> assertThat(line.path("correlationId").asText())
                    .as(line.toString()).isEqualTo(first));
            assertThat(aboutIt).filteredOn(line -> line.path("deliveryId").asText().equals(followUp))
                    .as("the follow-up delivery's lines, once its complaint is known").isNotEmpty();
            assertThat(aboutIt.stream().map(line -> line.path("function").asText()).distinct().toList())
                    .anyMatch(name -> name.contains("InstagramWebhook"))
                    .anyMatch(name -> name.contains("StaffApi"))
                    .anyMatch(name -> name.contains("ReplySender"))
                    .anyMatch(name -> name.contains("AlertNotifier"));
            assertThat(aboutIt).as("the SLA sweep's line about the alert it raised")
                    .anyMatch(line -> line.path("message").asText().equals("sla alert raised"));
        } finally {
            System.setOut(console);
        }
    }

    private Complaint newest(LocalRunCalls calls) {
        var lookup = ComplaintLookup.of(new LocalState(state).running().orElseThrow());
        return lookup.newest(Optional.empty(), 10).getFirst();
    }

    private static JsonNode sweepAt(LocalRunCalls calls, Instant now) throws IOException {
        var settings = new Settings(calls.run.deployment().environment("SlaMonitorFunction"));
        var handler = new SlaSweepHandler(new Wiring(settings, Clock.fixed(now, ZoneOffset.UTC)));
        var output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), output, null);
        return Json.mapper().readTree(output.toByteArray());
    }

    private static void awaitLine(ByteArrayOutputStream written, Predicate<JsonNode> which) throws InterruptedException {
        var until = Instant.now().plus(PATIENCE);
        while (lines(written).stream().noneMatch(which) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(lines(written)).anyMatch(which);
    }

    /** The functions' JSON lines written so far; the local run's own lines are plain text. */
    private static List<JsonNode> lines(ByteArrayOutputStream written) {
        String text;
        synchronized (written) {
            text = written.toString(StandardCharsets.UTF_8);
        }
        return text.lines().filter(line -> line.startsWith("{")).map(CorrelationIT::read)
                .filter(line -> line.has("function") && line.has("message")).toList();
    }

    private static JsonNode read(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException notJson) {
            return Json.mapper().createObjectNode();
        }
    }

    /** Writes through to the console and keeps a copy. */
    private static final class Tee extends OutputStream {

        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }
}
