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
        Triage learned = lexicon.withModel(Evaluation.learnFromHistory(lexicon));
        List<Evaluation.Example> examples = Evaluation.load("/triage/evaluation-" + set + ".tsv");
        System.out.println(Evaluation.Figures.header());
        System.out.println(Evaluation.measure(lexicon, examples, mistake -> System.out.println("  lexicon: " + mistake))
                .row(set + ", lexicon"));
        System.out.println(Evaluation.measure(learned, examples, mistake -> System.out.println("  learned: " + mistake))
                .row(set + ", lexicon + learned"));
    }
}
