package id.aduan.local;

import static id.aduan.local.TestTemplateRun.request;
import static id.aduan.local.TestTemplateRun.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/** Queues, topics, schedules and asynchronous retries of the local run, with the test template's handlers. */
class EventSourcesIT {

    private final LocalRun run = TestTemplateRun.get();

    private static JsonNode next(String function, Duration within) {
        try {
            var event = TestHandler.received(function).poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event for " + function + " within " + within).isNotNull();
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Message> receiveAll(String queue, Duration within) {
        var until = Instant.now().plus(within);
        var messages = new ArrayList<Message>();
        while (messages.isEmpty() && Instant.now().isBefore(until)) {
            messages.addAll(run.deployment().sqs().receiveMessage(request -> request
                    .queueUrl(run.deployment().ref(queue)).waitTimeSeconds(1).maxNumberOfMessages(10)).messages());
        }
        return messages;
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void queueBatchesReachTheFunctionAndOnlyReportedFailuresStayUntilTheyAreRedriven() {
        var sqs = run.deployment().sqs();
        var queueUrl = run.deployment().ref("WorkQueue");
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("fail: cannot reply")
                .messageAttributes(Map.of("complaint", software.amazon.awssdk.services.sqs.model.MessageAttributeValue
                        .builder().dataType("String").stringValue("ADU-7K3Q9").build())));
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("ok: reply sent"));

        var seen = new ArrayList<JsonNode>();
        while (seen.stream().filter(r -> r.path("body").asText().startsWith("fail")).count() < 2) {
            next("WorkFunction", Duration.ofSeconds(15)).path("Records").forEach(seen::add);
        }

        var first = seen.getFirst();
        assertThat(first.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(first.path("eventSourceARN").asText()).isEqualTo(run.deployment().arn("WorkQueue"));
        assertThat(first.path("awsRegion").asText()).isEqualTo(AwsEmulator.REGION);
        assertThat(first.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(seen).filteredOn(r -> r.path("body").asText().startsWith("ok")).hasSize(1);
        var failing = seen.stream().filter(r -> r.path("body").asText().startsWith("fail")).findFirst().orElseThrow();
        assertThat(failing.path("messageAttributes").path("complaint").path("stringValue").asText()).isEqualTo("ADU-7K3Q9");
        assertThat(receiveAll("WorkDeadLetters", Duration.ofSeconds(15)))
                .extracting(Message::body).containsExactly("fail: cannot reply");
    }

    @Test
    void publishedAlertIsKeptAndDeliveredToSubscribersAndAFailingSubscriberEndsInItsDestination() {
        var topicArn = run.deployment().ref("AlertsTopic");
        run.deployment().sns().publish(request -> request.topicArn(topicArn).subject("SLA breached")
                .message("ADU-7K3Q9 passed its first-response deadline")
                .messageAttributes(Map.of("severity", MessageAttributeValue.builder().dataType("String")
                        .stringValue("high").build())));

        var sns = next("AlertFunction", Duration.ofSeconds(15)).path("Records").get(0);
        assertThat(sns.path("EventSource").asText()).isEqualTo("aws:sns");
        assertThat(sns.path("Sns").path("TopicArn").asText()).isEqualTo(topicArn);
        assertThat(sns.path("Sns").path("Subject").asText()).isEqualTo("SLA breached");
        assertThat(sns.path("Sns").path("Message").asText()).isEqualTo("ADU-7K3Q9 passed its first-response deadline");
        assertThat(sns.path("Sns").path("MessageAttributes").path("severity").path("Value").asText()).isEqualTo("high");

        var alerts = json(send(request(LocalEndpoints.ALERTS)).body());
        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.path("topic").asText()).isEqualTo("AlertsTopic");
            assertThat(alert.path("subject").asText()).isEqualTo("SLA breached");
        });

        next("BrokenFunction", Duration.ofSeconds(15));
        next("BrokenFunction", Duration.ofSeconds(15));
        var failure = json(receiveAll("FailuresQueue", Duration.ofSeconds(15)).getFirst().body());
        assertThat(failure.path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(failure.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(2);
        assertThat(failure.path("responsePayload").path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failure.path("requestPayload").path("Records").get(0).path("Sns").path("Subject").asText())
                .isEqualTo("SLA breached");
    }

    @Test
    void cronScheduleFiresOnTimeWithTheScheduledEvent() {
        var event = next("TickFunction", Duration.ofSeconds(75));

        assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(event.path("source").asText()).isEqualTo("aws.events");
        assertThat(event.path("resources").get(0).asText()).startsWith("arn:aws:scheduler:").endsWith("TickFunctionEveryMinute");
        assertThat(Instant.parse(event.path("time").asText()).getEpochSecond() % 60).isZero();
    }

    @Test
    void fireRunsAScheduleNowWithItsInput() {
        var response = send(request(LocalEndpoints.FIRE + "NightlyFunction").POST(BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(next("NightlyFunction", Duration.ofSeconds(5))).isEqualTo(json("{\"task\": \"nightly\"}"));
    }

    @Test
    void firingAFunctionWithoutScheduleSaysSoAndNamesTheOnesWithOne() {
        var response = send(request(LocalEndpoints.FIRE + "EchoFunction").POST(BodyPublishers.noBody()));
        var mistyped = send(request(LocalEndpoints.FIRE + "NightlyFunktion").POST(BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("EchoFunction has no schedule", "NightlyFunction");
        assertThat(mistyped.statusCode()).isEqualTo(404);
        assertThat(mistyped.body()).contains("no function NightlyFunktion", "the functions with a schedule are",
                "NightlyFunction");
    }
}
