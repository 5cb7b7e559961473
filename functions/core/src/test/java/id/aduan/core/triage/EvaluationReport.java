package id.aduan.core.triage;

import java.util.List;

/**
 * Prints the evaluation figures and every mistake, for tuning the lexicon on the tuned set:
 * {@code java -cp target/classes:target/test-classes id.aduan.core.triage.EvaluationReport [tuned|heldout]}.
 * {@code city} and {@code desk} print the held-out months' figures unit by unit, without their mistakes;
 * {@code desk-earlier} prints the lexicon's mistakes on the desk's earlier months, the part to tune on.
 */
public final class EvaluationReport {

    private EvaluationReport() {}

    public static void main(String[] args) {
        String set = args.length > 0 ? args[0] : "tuned";
        Triage lexicon = Triage.builtIn();
        switch (set) {
            case "city" -> {
                unitByUnit(lexicon, Evaluation.load("/triage/city-learn.tsv"), Evaluation.load("/triage/city-heldout.tsv"));
                return;
            }
            case "desk" -> {
                var months = Evaluation.splitAt(TriageEvaluationTest.DESK, TriageEvaluationTest.DESK_HELD_OUT_FROM);
                unitByUnit(lexicon, months.get(0), months.get(1));
                return;
            }
            case "desk-earlier" -> {
                var earlier = Evaluation.splitAt(TriageEvaluationTest.DESK, TriageEvaluationTest.DESK_HELD_OUT_FROM).get(0);
                System.out.println(Evaluation.measure(lexicon, earlier, mistake -> System.out.println("  lexicon: " + mistake))
                        .row("desk earlier, lexicon"));
                return;
            }
            default -> {
            }
        }
        Triage learned = lexicon.withModel(Evaluation.learnFromHistory(lexicon));
        List<Evaluation.Example> examples = Evaluation.load("/triage/evaluation-" + set + ".tsv");
        System.out.println(Evaluation.Figures.header());
        System.out.println(Evaluation.measure(lexicon, examples, mistake -> System.out.println("  lexicon: " + mistake))
                .row(set + ", lexicon"));
        System.out.println(Evaluation.measure(learned, examples, mistake -> System.out.println("  learned: " + mistake))
                .row(set + ", lexicon + learned"));
    }

    /** Learn from the earlier months, measure on the later ones, unit by unit. */
    private static void unitByUnit(Triage lexicon, List<Evaluation.Example> earlier, List<Evaluation.Example> heldOut) {
        Triage learned = lexicon.withModel(Evaluation.learnFrom(lexicon, earlier));
        System.out.println(Evaluation.Figures.header());
        System.out.println(Evaluation.measure(lexicon, heldOut, mistake -> {}).row("held-out, lexicon"));
        System.out.println(Evaluation.measure(learned, heldOut, mistake -> {}).row("held-out, learned"));
        var before = Evaluation.unitRecall(lexicon, heldOut);
        var after = Evaluation.unitRecall(learned, heldOut);
        System.out.println("| unit | complaints | top-1, lexicon | top-1, lexicon + learned |");
        before.forEach((unit, tally) -> System.out.printf(java.util.Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", unit,
                tally[1], (double) tally[0] / tally[1], (double) after.get(unit)[0] / tally[1]));
    }
}
