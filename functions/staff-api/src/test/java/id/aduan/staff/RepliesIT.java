package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.reply.ReplyMethod;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies are recorded as QUEUED and put on the reply queue; a closed method or a failed enqueue says so. */
class RepliesIT extends StaffApiTestCase {

    @Test
    void aTemplateReplyIsRecordedAsQueuedAndPutOnTheReplyQueue() {
        var complaint = seed.comment("Jalan berlubang", Instant.now());
        var id = complaint.id().value();

        var response = triage.post(id, "replies",
                "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"ACKNOWLEDGE\", \"version\": 1}");

        assertThat(response.status()).isEqualTo(202);
        var answer = response.json();
        assertThat(answer.path("state").asText()).isEqualTo("QUEUED");
        assertThat(answer.path("text").asText()).contains(complaint.trackingCode().value());
        assertThat(answer.path("version").asLong()).isEqualTo(2);
        var queued = api.stored(id).timeline().stream()
                .filter(event -> event.type() == TimelineEvent.Type.REPLY_QUEUED).findFirst().orElseThrow();
        assertThat(queued.details()).containsEntry("replyId", answer.path("replyId").asText())
                .containsEntry("method", "PUBLIC_COMMENT_REPLY").containsEntry("template", "ACKNOWLEDGE");
        var messages = deployment.sqs().receiveMessage(r -> r.queueUrl(deployment.ref("ReplyQueue"))
                .maxNumberOfMessages(10)).messages();
        assertThat(messages).singleElement().satisfies(message -> {
            var reply = QueuedReplyJson.read(message.body());
            assertThat(reply.replyId()).isEqualTo(answer.path("replyId").asText());
            assertThat(reply.complaintId()).isEqualTo(complaint.id());
            assertThat(reply.method()).isEqualTo(ReplyMethod.PUBLIC_COMMENT_REPLY);
            assertThat(reply.requestedBy().id()).isEqualTo(triage.id());
        });
    }

    @Test
    void ownTextGetsTheTrackingCodeWhenItLacksIt() {
        var complaint = seed.comment("Sampah menumpuk", Instant.now());

        var response = triage.post(complaint.id().value(), "replies",
                "{\"method\": \"PRIVATE_REPLY\", \"text\": \"Boleh kirim lokasinya?\", \"version\": 1}");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().path("text").asText())
                .isEqualTo("Boleh kirim lokasinya?\n\nKode aduan: " + complaint.trackingCode());
    }

    @Test
    void aMethodTheComplaintDoesNotAllowIs409WithTheOpenOnes() {
        var id = seed.comment("PJU mati", Instant.now()).id().value();

        var response = triage.post(id, "replies", "{\"method\": \"DM\", \"template\": \"ACKNOWLEDGE\", \"version\": 1}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("error").path("message").asText()).contains("DM");
        assertThat(api.stored(id).complaint().version()).isEqualTo(1);
    }

    @Test
    void aReplyNeedsEitherATemplateOrATextAndAPublicReplyWithinInstagramsLimit() {
        var id = seed.comment("got mampet", Instant.now()).id().value();

        var neither = triage.post(id, "replies", "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"version\": 1}");
        var tooLong = triage.post(id, "replies", "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"text\": \"%s\", \"version\": 1}"
                .formatted("a".repeat(2300)));
        var unknownTemplate = triage.post(id, "replies",
                "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"THANKS\", \"version\": 1}");

        assertThat(neither.errorField()).isEqualTo("text");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorField()).isEqualTo("text");
        assertThat(unknownTemplate.errorField()).isEqualTo("template");
    }

    @Test
    void aReplyTheQueueRefusesIsRecordedAsNotQueuedAndAnswered503() {
        var broken = new StaffApi(deployment, Map.of("REPLY_QUEUE_URL",
                deployment.ref("ReplyQueue").replace("ReplyQueue", "NoSuchQueue")));
        var id = new Seed(broken).comment("banjir", Instant.now()).id().value();

        var response = broken.triage().post(id, "replies",
                "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"ACKNOWLEDGE\", \"version\": 1}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.errorCode()).isEqualTo("REPLY_NOT_QUEUED");
        var timeline = broken.stored(id).timeline();
        assertThat(timeline).extracting(TimelineEvent::type)
                .containsSubsequence(TimelineEvent.Type.REPLY_QUEUED, TimelineEvent.Type.REPLY_FAILED);
        assertThat(timeline.getLast().reason()).isEqualTo("NOT_QUEUED");
        assertThat(timeline.getLast().details()).containsEntry("replyId", response.json().path("error").path("replyId").asText());
    }
}
