package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.json.Json;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.FaultInjector;
import id.aduan.testkit.FaultInjector.When;
import id.aduan.testkit.OutageProxy;
import id.aduan.testkit.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Faults injected into the AWS calls of the webhook and the processor while a burst arrives: throttling,
 * a store that cannot be reached, SQS and SNS refusing, and crashes between writes (a write applied whose
 * answer never came, a delivery taken in but not marked). After the retries: every comment is one
 * complaint, nothing is lost, nothing is doubled, no alert is sent twice.
 */
@ExtendWith(AwsEmulatorExtension.class)
class FaultInjectionIT {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final int DELIVERIES = 6;
    private static final int COMMENTS_PER_DELIVERY = 2;

    private final TestClock clock = new TestClock(NOW);
    private final FaultInjector faults = new FaultInjector();
    private Deployment deployment;
    private Webhook webhook;

    @BeforeEach
    void setUp(Deployment deployment) {
        this.deployment = deployment;
        this.webhook = new Webhook(deployment, clock, List.of(faults));
    }

    @Test
    void throttledTransactionsLoseAndDoubleNothing() {
        faults.fail("TransactWriteItems", When.BEFORE_SENDING, 12,
                () -> ProvisionedThroughputExceededException.builder().message("throttled").statusCode(400).build());

        burst().forEach(webhook::deliver);
        retryUntilSettled();

        assertThat(faults.injected()).isEqualTo(12);
        assertEveryCommentIsOneComplaint();
    }

    @Test
    void writesAppliedWhoseAnswerNeverCameAreNotDoubledOnRetry() {
        faults.fail("TransactWriteItems", When.AFTER_ANSWER, 4, () -> ApiCallTimeoutException.create(10_000));

        burst().forEach(webhook::deliver);
        retryUntilSettled();

        assertThat(faults.injected()).isEqualTo(4);
        assertEveryCommentIsOneComplaint();
    }

    @Test
    void deliveriesTakenInButNeverMarkedAreTakenInAgainWithoutDoubles() {
        // The processor crashes after its changes, before recording the delivery as processed.
        faults.fail("UpdateItem", When.BEFORE_SENDING, 3, () -> SdkClientException.create("crashed before the mark"));

        burst().forEach(webhook::deliver);
        retryUntilSettled();

        assertEveryCommentIsOneComplaint();
    }

    @Test
    void storeUnreachableAnswers503AndMetasResendIsTakenIn() {
        var delivery = burst().getFirst();
        // The store is down while the first delivery arrives, as with the emulator stopped, and back for the resend.
        faults.fail("PutItem", When.BEFORE_SENDING, 1, () -> SdkClientException.create("Connection refused"));

        var refused = webhook.deliver(delivery);
        var resent = webhook.deliver(delivery);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().path("error").path("code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(webhook.complaints()).hasSize(COMMENTS_PER_DELIVERY);
    }

    @Test
    void storeStoppedAndRestartedMidBurstLosesAndDoublesNothing() {
        var alerts = new AlertInbox(deployment);
        var deliveries = burst();
        try (var outage = OutageProxy.inFrontOf(URI.create(deployment.environment(Webhook.FUNCTION).get("AWS_ENDPOINT_URL")))) {
            webhook = new Webhook(deployment, clock, outage.endpoint());
            deliveries.subList(0, 2).forEach(webhook::deliver);
            var acceptedBeforeTheOutage = deliveries.subList(2, 4).stream().map(webhook::accept).toList();

            outage.stop();
            webhook.drain();
            var duringTheOutage = deliveries.subList(4, DELIVERIES).stream().map(webhook::deliver).toList();
            outage.restart();
            // Meta redelivers what was not answered 200, and sometimes what was.
            var redelivered = deliveries.subList(4, DELIVERIES).stream().map(webhook::deliver).toList();
            webhook.deliver(deliveries.getFirst());
            retryUntilSettled();

            assertThat(acceptedBeforeTheOutage).allSatisfy(answer -> assertThat(answer.path("statusCode").asInt()).isEqualTo(200));
            assertThat(duringTheOutage).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(503));
            assertThat(redelivered).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
            assertEveryCommentIsOneComplaint();
        }
        assertThat(alerts.take()).isEmpty();
    }

    @Test
    void queueRefusingMessagesLosesNothing() {
        faults.fail("SendMessage", When.BEFORE_SENDING, 30, () -> SqsException.builder().message("unavailable")
                .statusCode(400).build());

        var answers = burst().stream().map(webhook::deliver).toList();
        assertThat(webhook.complaints()).isEmpty();
        retryUntilSettled();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertEveryCommentIsOneComplaint();
    }

    @Test
    void alertTopicRefusingLeavesTheDeadLetterAlertInTheOutboxOnce() {
        var alerts = new AlertInbox(deployment);
        faults.fail("Publish", When.BEFORE_SENDING, 10, () -> SnsException.builder().message("unavailable")
                .statusCode(400).build());
        var dead = "{\"object\":\"instagram\",\"entry\":[7]}".getBytes(StandardCharsets.UTF_8);

        webhook.deliver(dead);
        webhook.deliver(dead);
        retryUntilSettled();

        assertThat(alerts.take()).isEmpty();
        assertThat(webhook.items()).filteredOn(item -> item.get("PK").s().startsWith("ALERTS#")).singleElement()
                .satisfies(item -> assertThat(item.get("SK").s()).contains("delivery-dead"));
    }

    /** Deliveries of two comments each, from three senders, every comment text naming itself. */
    private static List<byte[]> burst() {
        var deliveries = new ArrayList<byte[]>();
        int comment = 0;
        for (int d = 0; d < DELIVERIES; d++) {
            var changes = new ArrayList<String>();
            for (int c = 0; c < COMMENTS_PER_DELIVERY; c++, comment++) {
                changes.add("""
                        {"field":"comments","value":{"id":"1790000000%07d","from":{"id":"61234567890%05d","username":"warga%d"},
                         "media":{"id":"18034567890123456","media_product_type":"FEED"},"text":"Jalan berlubang, laporan %d"}}"""
                        .formatted(comment, comment % 3, comment % 3, comment));
            }
            deliveries.add("""
                    {"object":"instagram","entry":[{"id":"17841400000000001","time":1785900000,"changes":[%s]}]}"""
                    .formatted(String.join(",", changes)).getBytes(StandardCharsets.UTF_8));
        }
        return deliveries;
    }

    /** Runs the scheduled retry, the clock moving past each backoff, until no delivery is left to take in. */
    private void retryUntilSettled() {
        var retry = new DeliveryRetryHandler(webhook.wiring);
        for (int round = 0; round < 6; round++) {
            clock.advance(Duration.ofHours(6).plusMinutes(1));
            var out = new ByteArrayOutputStream();
            try {
                retry.handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), out, null);
                if (Json.mapper().readTree(out.toByteArray()).path("replayed").asInt() == 0) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("deliveries still due after six retry rounds");
    }

    private void assertEveryCommentIsOneComplaint() {
        var byComment = webhook.complaints().stream().collect(Collectors.groupingBy(
                detail -> detail.complaint().replyTarget().instagramId(), Collectors.counting()));
        assertThat(byComment).hasSize(DELIVERIES * COMMENTS_PER_DELIVERY).allSatisfy((comment, count) ->
                assertThat(count).as(comment).isEqualTo(1));
        assertThat(webhook.items()).filteredOn(item -> item.get("PK").s().startsWith("RAW#")
                        && item.get("SK").s().equals("RAW"))
                .hasSize(DELIVERIES)
                .allSatisfy(item -> assertThat(item.get("status").s()).isEqualTo("PROCESSED"));
    }
}
