package id.aduan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AOT flavour built by {@code scripts/aot-build.sh} (opt-in, so skipped where it was not built) runs
 * as Lambda runs a custom runtime: its bootstrap, against a fake Runtime API, takes a signed delivery in
 * through the webhook's handler and answers it as the managed runtime does.
 */
class AotFlavourIT {

    @Test
    void theWebhooksAotFlavourAcceptsASignedDeliveryThroughItsBootstrap() throws Exception {
        var template = SamTemplate.locate();
        var root = template.projectRoot().resolve("target/aot");
        assumeTrue(Files.isExecutable(root.resolve("runtime/bootstrap")), "scripts/aot-build.sh has not run");
        var flavour = new AotFlavour(root);
        var webhook = template.function("InstagramWebhookFunction");
        try (var emulator = AwsEmulator.fromEnvironment()) {
            var deployment = Deployment.create(emulator, template, "aduan-aot-smoke", TestSecrets.byLogicalId());
            try (var samples = new SampleEvents(deployment)) {
                var start = flavour.run(webhook.logicalId(), webhook.handlerClass(),
                        samples.environment(deployment.environment(webhook.logicalId())),
                        List.of(samples.signedPost(SampleDeliveries.comment(41))), false);

                assertThat(start.answer().error()).as(start.answer().body()).isFalse();
                var response = Json.mapper().readTree(start.answer().body());
                assertThat(response.path("statusCode").asInt()).isEqualTo(200);
                assertThat(Json.mapper().readTree(response.path("body").asText()).path("status").asText())
                        .isEqualTo("ACCEPTED");
            }
        }
    }
}
