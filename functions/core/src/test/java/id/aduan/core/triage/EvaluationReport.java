package id.aduan.core.triage;

import java.util.List;

/**
 * Prints the evaluation figures and every mistake, for tuning the lexicon on the tuned set:
 * {@code java -cp target/classes:target/test-classes id.aduan.core.triage.EvaluationReport [tuned|heldout]}.
 */
public final class EvaluationReport {

    private EvaluationReport() {}

    public static void main(String[] args) {
        String set = args.length > 0 ? args[0] : "tuned";
        Triage lexicon = Triage.builtIn();
        if (set.equals("city")) {
            city(lexicon);
            return;
        }
        Triage learned = lexicon.withModel(Evaluation.learnFromHistory(lexicon));
        List<Evaluation.Example> examples = Evaluation.load("/triage/evaluation-" + set + ".tsv");
        System.out.println(Evaluation.Figures.header());
        System.out.println(Evaluation.measure(lexicon, examples, mistake -> System.out.println("  lexicon: " + mistake))
                .row(set + ", lexicon"));
        System.out.println(Evaluation.measure(learned, examples, mistake -> System.out.println("  learned: " + mistake))
                .row(set + ", lexicon + learned"));
    }

    /** The city sets: learn from the earlier months, measure on the later ones, unit by unit. */
    private static void city(Triage lexicon) {
        Triage learned = lexicon.withModel(Evaluation.learnFrom(lexicon, Evaluation.load("/triage/city-learn.tsv")));
        List<Evaluation.Example> heldOut = Evaluation.load("/triage/city-heldout.tsv");
        System.out.println(Evaluation.Figures.header());
        System.out.println(Evaluation.measure(lexicon, heldOut, mistake -> System.out.println("  lexicon: " + mistake))
                .row("city held-out, lexicon"));
        System.out.println(Evaluation.measure(learned, heldOut, mistake -> System.out.println("  learned: " + mistake))
                .row("city held-out, learned"));
        var before = Evaluation.unitRecall(lexicon, heldOut);
        var after = Evaluation.unitRecall(learned, heldOut);
        System.out.println("| unit | complaints | top-1, lexicon | top-1, lexicon + learned |");
        before.forEach((unit, tally) -> System.out.printf(java.util.Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", unit,
                tally[1], (double) tally[0] / tally[1], (double) after.get(unit)[0] / tally[1]));
    }
}
