package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Measures triage on a labelled set of messages ({@code label<TAB>priority<TAB>text}). */
final class Evaluation {

    /** One labelled message: a unit code for a complaint, or NOT_A_COMPLAINT:KIND / SPAM:KIND. */
    record Example(String label, Priority priority, String text) {

        boolean complaint() {
            return !label.contains(":");
        }

        String reasonKind() {
            return label.substring(label.indexOf(':') + 1);
        }
    }

    record Figures(int messages, int complaints, double precision, double recall, double top1, double top3,
                   double urgentRecall, double reasonAccuracy) {

        String row(String name) {
            return String.format(Locale.ROOT, "%-32s %4d %4d   %5.1f %5.1f   %5.1f %5.1f   %5.1f   %5.1f", name,
                    messages, complaints, 100 * precision, 100 * recall, 100 * top1, 100 * top3, 100 * urgentRecall,
                    100 * reasonAccuracy);
        }

        static String header() {
            return String.format(Locale.ROOT, "%-32s %4s %4s   %5s %5s   %5s %5s   %5s   %5s", "set", "msgs", "cmpl",
                    "prec", "rec", "top1", "top3", "urgR", "why");
        }
    }

    private Evaluation() {}

    static List<Example> load(String resource) {
        try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var examples = new ArrayList<Example>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                examples.add(example(line));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The examples of a set written month by month ({@code # yyyy-mm} lines), split in time: those of the
     * months before {@code firstLaterMonth}, then those of it and after.
     */
    static List<List<Example>> splitAt(String resource, String firstLaterMonth) {
        var earlier = new ArrayList<Example>();
        var later = new ArrayList<Example>();
        List<Example> current = earlier;
        try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (MONTH.matcher(line).matches()) {
                    current = line.substring(2).compareTo(firstLaterMonth) < 0 ? earlier : later;
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    current.add(example(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(earlier, later);
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("# \\d{4}-\\d{2}");

    private static Example example(String line) {
        String[] cells = line.split("\t", 3);
        return new Example(cells[0], Priority.valueOf(cells[1]), cells[2]);
    }

    /**
     * A model learned from everything that is not held out: the complaints of the tuned set, then the
     * confirmed routings, as a city's history of confirmed routings would be. The confirmed routings
     * come last, so that the latest routings the learner holds back to choose its blend are not the
     * ones the lexicon was tuned on.
     */
    static LearnedModel learnFromHistory(Triage triage) {
        Learner learner = triage.learner(LearnedModel.empty());
        for (Example example : load("/triage/evaluation-tuned.tsv")) {
            if (example.complaint()) {
                learner.learn(example.label(), example.text());
            }
        }
        learn(learner, "/triage/confirmed-routings.tsv");
        return learner.model();
    }

    /**
     * A model learned from a labelled set as staff decided it: the units they confirmed, and the
     * messages they rejected (NOT_A_COMPLAINT, SPAM).
     */
    static LearnedModel learnFrom(Triage triage, List<Example> examples) {
        Learner learner = triage.learner(LearnedModel.empty());
        for (Example example : examples) {
            learner.learn(example.complaint() ? example.label() : example.label().substring(0, example.label().indexOf(':')),
                    example.text());
        }
        return learner.model();
    }

    /** For each unit, the share of its complaints that triage put first: unit → {right, all}. */
    static java.util.SortedMap<String, int[]> unitRecall(Triage triage, List<Example> examples) {
        var perUnit = new java.util.TreeMap<String, int[]>();
        for (Example example : examples) {
            if (example.complaint()) {
                int[] tally = perUnit.computeIfAbsent(example.label(), unit -> new int[2]);
                tally[1]++;
                if (triage.assess(example.text()).unit().equals(example.label())) {
                    tally[0]++;
                }
            }
        }
        return perUnit;
    }

    /** A model learned from the confirmed routings of {@code resource} ({@code UNIT<TAB>text}) alone. */
    static LearnedModel learn(Triage triage, String resource) {
        Learner learner = triage.learner(LearnedModel.empty());
        learn(learner, resource);
        return learner.model();
    }

    private static void learn(Learner learner, String resource) {
        try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    learner.learn(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Figures measure(Triage triage, List<Example> examples, Consumer<String> mistakes) {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        int complaints = 0;
        int top1 = 0;
        int top3 = 0;
        int urgent = 0;
        int urgentFound = 0;
        int others = 0;
        int reasonRight = 0;
        for (Example example : examples) {
            TriageResult result = triage.assess(example.text());
            if (example.complaint()) {
                complaints++;
                if (result.complaint()) {
                    truePositive++;
                } else {
                    falseNegative++;
                    mistakes.accept("missed complaint  " + describe(example, result));
                }
                if (result.unit().equals(example.label())) {
                    top1++;
                } else {
                    mistakes.accept("wrong unit        " + describe(example, result));
                }
                if (result.candidates().stream().anyMatch(candidate -> candidate.unit().equals(example.label()))) {
                    top3++;
                }
                if (example.priority() == Priority.URGENT) {
                    urgent++;
                    if (result.priority() == Priority.URGENT) {
                        urgentFound++;
                    } else {
                        mistakes.accept("missed urgency    " + describe(example, result));
                    }
                }
            } else {
                others++;
                if (result.complaint()) {
                    falsePositive++;
                    mistakes.accept("false complaint   " + describe(example, result));
                } else if (result.notComplaintReason().orElseThrow().name().equals(example.reasonKind())) {
                    reasonRight++;
                } else {
                    mistakes.accept("wrong reason      " + describe(example, result));
                }
            }
        }
        return new Figures(examples.size(), complaints, ratio(truePositive, truePositive + falsePositive),
                ratio(truePositive, truePositive + falseNegative), ratio(top1, complaints), ratio(top3, complaints),
                ratio(urgentFound, urgent), ratio(reasonRight, others));
    }

    private static String describe(Example example, TriageResult result) {
        return example.label() + "/" + example.priority() + " got "
                + (result.complaint() ? result.unit() : result.notComplaintReason().orElseThrow()) + "/" + result.priority()
                + " " + result.candidates() + " :: " + example.text();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
