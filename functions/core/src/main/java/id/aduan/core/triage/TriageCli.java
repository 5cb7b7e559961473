package id.aduan.core.triage;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The triage engine on the command line, for trying it on a batch of messages and for the daily job
 * that learns from confirmed routings.
 *
 * <pre>
 * classify [--model FILE]   one message a line on stdin, one JSON object a line on stdout
 * learn --model FILE        UNIT&lt;TAB&gt;text lines on stdin (or NOT_A_COMPLAINT / SPAM for rejected
 *                           messages), oldest first; writes (or updates) the model in FILE
 * </pre>
 *
 * Exit codes: 0 done; 1 learned, but some lines were rejected (listed on stderr); 2 wrong usage;
 * 3 a file could not be read or written.
 */
public final class TriageCli {

    static final int OK = 0;
    static final int REJECTED_LINES = 1;
    static final int USAGE = 2;
    static final int IO_ERROR = 3;

    private static final String USAGE_TEXT = """
            usage: classify [--model FILE]   messages on stdin, one a line; JSON results on stdout, one a line
                   learn --model FILE        UNIT<TAB>text lines on stdin (UNIT may be NOT_A_COMPLAINT or SPAM), oldest first;
                                             writes or updates the model FILE""";

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    TriageCli(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new TriageCli(System.in, System.out, System.err).run(List.of(args)));
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            return usage("no command");
        }
        Path model = modelOption(args.subList(1, args.size()));
        if (model == null && args.size() > 1) {
            return usage("unexpected arguments " + args.subList(1, args.size()));
        }
        try {
            return switch (args.getFirst()) {
                case "classify" -> classify(model);
                case "learn" -> model == null ? usage("learn needs --model FILE") : learn(model);
                case "--help", "-h", "help" -> {
                    err.println(USAGE_TEXT);
                    yield OK;
                }
                default -> usage("unknown command " + args.getFirst());
            };
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return IO_ERROR;
        }
    }

    private int classify(Path modelFile) throws IOException {
        Triage triage = Triage.builtIn();
        if (modelFile != null) {
            triage = triage.withModel(readModel(modelFile));
        }
        try (BufferedReader reader = reader(); Writer writer = writer()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.write(JsonLine.of(triage.assess(withoutByteOrderMark(line))));
                writer.write('\n');
            }
        }
        return OK;
    }

    private int learn(Path modelFile) throws IOException {
        Triage triage = Triage.builtIn();
        LearnedModel start = Files.exists(modelFile) ? readModel(modelFile) : LearnedModel.empty();
        Learner learner = triage.learner(start);
        int rejected = 0;
        int learned = 0;
        try (BufferedReader reader = reader()) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String problem = learnLine(learner, line);
                if (problem == null) {
                    learned++;
                } else if (!line.isBlank()) {
                    rejected++;
                    err.println("line " + number + ": " + problem);
                }
            }
        }
        LearnedModel model = learner.model();
        writeModel(model, modelFile);
        err.printf("learned %d routings (model now %d routings, %d features)%s%n", learned, model.documentCount(),
                model.featureCount(), rejected == 0 ? "" : "; rejected " + rejected + " lines");
        return rejected == 0 ? OK : REJECTED_LINES;
    }

    /** Learns one line; returns what is wrong with it, or null. */
    private static String learnLine(Learner learner, String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return "expected UNIT<TAB>text";
        }
        String unit = withoutByteOrderMark(line.substring(0, tab)).strip();
        String text = line.substring(tab + 1);
        if (text.isBlank()) {
            return "no text";
        }
        try {
            learner.learn(unit, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Files saved by spreadsheet programs often start with a byte-order mark. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static LearnedModel readModel(Path file) throws IOException {
        try (InputStream model = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return LearnedModel.read(model);
        } catch (IOException e) {
            throw new IOException("cannot read model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes beside the target and moves it in place, so a crash never leaves half a model. */
    private static void writeModel(LearnedModel model, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
                model.write(stream);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path modelOption(List<String> options) {
        if (options.size() == 2 && options.getFirst().equals("--model")) {
            return Path.of(options.get(1));
        }
        return null;
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
