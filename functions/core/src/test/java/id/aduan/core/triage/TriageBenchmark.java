package id.aduan.core.triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times what matters in a Lambda cold start and in a batch run: loading the engine, loading a learned
 * model (a real small one and one at the feature cap), and classifying 10,000 lines through the
 * command line's code path. Not a test: run it after {@code mvn -pl functions/core test-compile} with
 * {@code java -cp functions/core/target/classes:functions/core/target/test-classes id.aduan.core.triage.TriageBenchmark}.
 */
public final class TriageBenchmark {

    private static final int LINES = 10_000;

    private TriageBenchmark() {}

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Triage triage = Triage.builtIn();
        report("engine load, first in this JVM", start);
        start = System.nanoTime();
        Triage.builtIn();
        report("engine load, again", start);

        List<String> texts = texts();
        Path dir = Files.createTempDirectory("triage-benchmark");
        Path small = write(Evaluation.learn(triage, "/triage/confirmed-routings.tsv"), dir.resolve("small.model"));
        Path capped = write(synthetic(triage, texts), dir.resolve("capped.model"));
        for (Path model : List.of(small, capped)) {
            start = System.nanoTime();
            LearnedModel read = read(model);
            report(String.format(Locale.ROOT, "model load: %s, %d routings, %d features, %d bytes", model.getFileName(),
                    read.documentCount(), read.featureCount(), Files.size(model)), start);
        }

        byte[] input = batch(texts);
        start = System.nanoTime();
        classify(input, null);
        System.out.printf(Locale.ROOT, "classify %,d lines, first pass in this JVM (lexicon): %d ms%n", LINES,
                (System.nanoTime() - start) / 1_000_000);
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            classify(input, null);
        }
        for (Path model : new Path[] {null, small, capped}) {
            start = System.nanoTime();
            classify(input, model);
            long nanos = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "classify %,d lines (%s): %d ms, %.0f µs a message%n", LINES,
                    model == null ? "lexicon" : model.getFileName(), nanos / 1_000_000, nanos / 1000.0 / LINES);
        }
    }

    private static List<String> texts() {
        var texts = new ArrayList<String>();
        for (String set : List.of("/triage/evaluation-tuned.tsv", "/triage/evaluation-heldout.tsv")) {
            Evaluation.load(set).forEach(example -> texts.add(example.text()));
        }
        return texts;
    }

    /** A model at the feature cap: 30,000 routings of shuffled words from the evaluation texts. */
    private static LearnedModel synthetic(Triage triage, List<String> texts) {
        var words = texts.stream().flatMap(text -> List.of(text.split("\\s+")).stream()).toList();
        var units = id.aduan.core.unit.UnitCatalog.DEFAULT.units();
        var random = new Random(7);
        Learner learner = triage.learner(LearnedModel.empty());
        for (int i = 0; i < 30_000; i++) {
            var message = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                message.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            learner.learn(units.get(random.nextInt(units.size())).code(), message.toString());
        }
        return learner.model();
    }

    private static byte[] batch(List<String> texts) {
        var lines = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            lines.append(texts.get(i % texts.size()).replace('\n', ' ')).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void classify(byte[] input, Path model) {
        var out = new ByteArrayOutputStream(input.length * 4);
        List<String> args = model == null ? List.of("classify") : List.of("classify", "--model", model.toString());
        int exit = new TriageCli(new ByteArrayInputStream(input), out, new PrintStream(new ByteArrayOutputStream()))
                .run(args);
        if (exit != 0) {
            throw new IllegalStateException("classify exited with " + exit);
        }
    }

    private static Path write(LearnedModel model, Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            model.write(out);
        }
        return file;
    }

    private static LearnedModel read(Path file) throws IOException {
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return LearnedModel.read(in);
        }
    }

    private static void report(String what, long start) {
        System.out.printf(Locale.ROOT, "%s: %.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
