package id.aduan.adapters.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.TemplateKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueuedReplyJsonTest {

    private static final Tenants STACK = Tenants.of("32.73", "32.05");
    private static final QueuedReply REPLY = new QueuedReply("r-1", new ComplaintId("01KZ80VSW07CHW52X3DA54WYN8"),
            ReplyMethod.DM, "Terima kasih, laporan ADU-7K3Q9 kami terima 🙏", TemplateKey.ACKNOWLEDGE,
            Actor.staff("u-1", "Rina"), Instant.parse("2026-08-05T04:00:00Z"));

    @Test
    void replyTravelsThroughTheQueueUnchangedWithItsTenant() {
        String body = QueuedReplyJson.write(new Tenant("32.05"), REPLY);

        assertThat(QueuedReplyJson.read(body)).isEqualTo(REPLY);
        assertThat(QueuedReplyJson.read(body, STACK))
                .isEqualTo(new QueuedReplyJson.TenantReply(new Tenant("32.05"), REPLY));
        assertThat(body).startsWith("{\"tenant\":\"32.05\",");
    }

    @Test
    void aMessageQueuedBeforeRepliesNamedATenantIsTheFirstTenants() {
        var body = QueuedReplyJson.write(new Tenant("32.05"), REPLY).replace("\"tenant\":\"32.05\",", "");

        assertThat(QueuedReplyJson.read(body, STACK).tenant()).isEqualTo(new Tenant("32.73"));
    }

    @Test
    void aMessageNamingATenantTheStackDoesNotServeIsRefusedNamingIt() {
        var body = QueuedReplyJson.write(new Tenant("32.04"), REPLY);

        assertThatThrownBy(() -> QueuedReplyJson.read(body, STACK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenant 32.04");
    }

    @Test
    void messageThatIsNotAQueuedReplyIsRefusedClearly() {
        assertThatThrownBy(() -> QueuedReplyJson.read("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueuedReplyJson.read("{\"replyId\":\"r\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing complaintId");
    }
}
