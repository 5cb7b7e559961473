package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.RawDelivery;
import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.InstagramFixtures;
import id.aduan.testkit.SamTemplate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complaint taken in through the webhook keeps the id of its delivery, which its later log lines carry. */
class CorrelationIT {

    private static final String APP_SECRET = "it-app-secret";

    @TempDir
    Path state;

    @Test
    void aComplaintKeepsTheIdOfTheDeliveryItCameFromAsItsCorrelationId() throws Exception {
        try (var run = LocalRun.start(new LocalOptions(SamTemplate.locate(), 0, 0, false, state, APP_SECRET,
                "it-verify-token", Duration.ofMillis(100), Clock.systemUTC()), new RunLog(System.out, Clock.systemUTC()))) {
            var body = InstagramFixtures.read("dm-text.json");
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(run.url() + "/webhooks/instagram"))
                    .header("content-type", "application/json")
                    .header("X-Hub-Signature-256", WebhookSignature.sign(body, APP_SECRET))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(run.deployment().items("ComplaintsTable"))
                    .filteredOn(item -> item.get("SK").s().equals("META") && item.get("PK").s().startsWith("C#"))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("correlationId").s()).isEqualTo(RawDelivery.idOf(body)));
        }
    }
}
