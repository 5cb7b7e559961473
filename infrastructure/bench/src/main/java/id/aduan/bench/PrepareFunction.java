package id.aduan.bench;

import id.aduan.core.ingest.WebhookSignature;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Prepares a cold-start run against an emulator that is already running: creates the template's
 * resources, writes the function's environment ({@code env}, one {@code NAME=value} per line) and one
 * distinct event per run ({@code event-<n>.json}), so that every run takes the full path instead of
 * finding a duplicate.
 *
 * <p>Usage: {@code PrepareFunction <endpoint> <function logical id> <out dir> <runs>}.
 */
public final class PrepareFunction {

    private PrepareFunction() {
    }

    public static void main(String[] args) throws IOException {
        var emulator = AwsEmulator.at(URI.create(args[0]));
        var function = args[1];
        var out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        var deployment = Deployment.create(emulator, SamTemplate.locate(), "aduan-bench", TestSecrets.byLogicalId());
        Files.writeString(out.resolve("env"), deployment.environment(function).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
        for (int run = 1; run <= runs; run++) {
            Files.writeString(out.resolve("event-" + run + ".json"), eventFor(function, run));
        }
    }

    private static String eventFor(String function, int run) {
        return switch (function) {
            case "InstagramWebhookFunction" -> {
                var body = SampleDeliveries.comment(run).getBytes(StandardCharsets.UTF_8);
                yield HttpApiEvents.request("POST", "/webhooks/instagram").body(body)
                        .header("content-type", "application/json")
                        .header("x-hub-signature-256", WebhookSignature.sign(body, TestSecrets.APP_SECRET))
                        .toJson();
            }
            default -> throw new IllegalArgumentException("no sample event for " + function);
        };
    }
}
