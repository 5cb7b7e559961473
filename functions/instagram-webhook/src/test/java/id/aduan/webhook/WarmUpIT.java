package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SnapStart priming runs the first request's code paths and writes nothing. */
@ExtendWith(AwsEmulatorExtension.class)
class WarmUpIT {

    @Test
    void primingReadsButLeavesTheTableAsItWas(Deployment deployment) {
        var webhook = new Webhook(deployment);

        webhook.wiring.priming.beforeCheckpoint(null);

        assertThat(webhook.items()).isEmpty();
        assertThat(webhook.deliverFixture("comment-complaint.json").status()).isEqualTo(200);
    }
}
