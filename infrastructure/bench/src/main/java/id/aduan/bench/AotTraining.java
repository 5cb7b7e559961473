package id.aduan.bench;

import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.TestSecrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The AOT flavour's training runs, the last step of {@code scripts/aot-build.sh}: makes each function's
 * layer from its deployable jar and, for each function with a sample first request, starts it through
 * its {@code bootstrap} against the emulator, sends it its first requests and lets the JVM record the
 * AOT cache of what they loaded and linked as it exits.
 *
 * <p>Usage: {@code AotTraining <target/aot> [FunctionLogicalId…]}.
 */
public final class AotTraining {

    /** Requests of a training run: the first, and two more that find the classes the first one loaded. */
    private static final int TRAINING_REQUESTS = 3;

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        var flavour = new AotFlavour(Path.of(args[0]));
        var only = List.of(args).subList(1, args.length);
        var template = SamTemplate.locate();
        var root = template.projectRoot();
        try (var emulator = AwsEmulator.fromEnvironment()) {
            var deployment = Deployment.create(emulator, template, "aduan-aot", TestSecrets.byLogicalId());
            try (var samples = new SampleEvents(deployment)) {
                for (var function : template.functions()) {
                    if (!only.isEmpty() && !only.contains(function.logicalId())) {
                        continue;
                    }
                    flavour.createLayer(function.logicalId(), root.resolve(function.codeUri()));
                    if (!samples.supports(function.logicalId())) {
                        System.err.println(function.logicalId() + ": no sample first request, no AOT cache");
                        continue;
                    }
                    var events = new ArrayList<String>();
                    for (int run = 1; run <= TRAINING_REQUESTS; run++) {
                        events.add(samples.forFunction(function.logicalId(), 900 + run));
                    }
                    var start = flavour.run(function.logicalId(), function.handlerClass(),
                            samples.environment(deployment.environment(function.logicalId())), events, true);
                    System.err.println(function.logicalId() + ": trained, first request answered after "
                            + start.totalMillis() + " ms");
                }
            }
        }
    }
}
