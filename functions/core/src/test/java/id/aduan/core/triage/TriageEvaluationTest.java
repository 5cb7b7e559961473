package id.aduan.core.triage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Triage's accuracy on messages written the way West Java citizens write on Instagram, with the
 * lexicon alone and after learning from everything that is not held out (a separate set of confirmed
 * routings and the tuned set's complaints). The held-out set was never used to tune the lexicon nor
 * to learn: its figures are the honest ones. The floors sit a little below the measured figures, so
 * that a change that makes triage worse fails here.
 */
class TriageEvaluationTest {

    private static final Triage LEXICON = Triage.builtIn();
    private static final String TUNED = "/triage/evaluation-tuned.tsv";
    private static final String HELD_OUT = "/triage/evaluation-heldout.tsv";
    private static final String CITY_LEARN = "/triage/city-learn.tsv";
    private static final String CITY_HELD_OUT = "/triage/city-heldout.tsv";
    /** The project's own desk, January to October 2026: learned from until June, measured from July. */
    static final String DESK = "/triage/desk-2026.tsv";
    static final String DESK_HELD_OUT_FROM = "2026-07";
    private static Triage learned;

    @BeforeAll
    static void learnFromConfirmedRoutings() {
        learned = LEXICON.withModel(Evaluation.learnFromHistory(LEXICON));
    }

    private static Evaluation.Figures measure(String name, Triage triage, String set) {
        return measure(name, triage, Evaluation.load(set));
    }

    private static Evaluation.Figures measure(String name, Triage triage, List<Evaluation.Example> set) {
        Evaluation.Figures figures = Evaluation.measure(triage, set, mistake -> {});
        System.out.println(figures.row(name));
        return figures;
    }

    @Test
    void evaluationSetsCoverEveryUnitAndEveryKindOfNonComplaint() {
        List<Evaluation.Example> all = new java.util.ArrayList<>(Evaluation.load(TUNED));
        all.addAll(Evaluation.load(HELD_OUT));

        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        assertThat(all).extracting(Evaluation.Example::label)
                .contains(id.aduan.core.unit.UnitCatalog.DEFAULT.units().stream().map(id.aduan.core.unit.Unit::code)
                        .toArray(String[]::new))
                .contains("NOT_A_COMPLAINT:PRAISE", "NOT_A_COMPLAINT:THANKS", "NOT_A_COMPLAINT:GREETING",
                        "NOT_A_COMPLAINT:QUESTION", "NOT_A_COMPLAINT:CHAT", "SPAM:PROMOTION", "SPAM:GAMBLING",
                        "SPAM:SCAM", "SPAM:BOT");
    }

    @Test
    void meetsTheMeasuredFigures() {
        System.out.println(Evaluation.Figures.header());
        Evaluation.Figures tunedLexicon = measure("tuned, lexicon", LEXICON, TUNED);
        Evaluation.Figures heldOutLexicon = measure("held-out, lexicon", LEXICON, HELD_OUT);
        Evaluation.Figures heldOutLearned = measure("held-out, lexicon + learned", learned, HELD_OUT);

        assertFloors(tunedLexicon, 0.97, 0.99, 0.97, 0.99, 0.95);
        assertFloors(heldOutLexicon, 0.96, 0.99, 0.93, 0.98, 0.9);
        assertFloors(heldOutLearned, 0.96, 0.99, 0.94, 0.99, 0.9);
        assertThat(heldOutLearned.top1()).as("learning improves held-out routing")
                .isGreaterThan(heldOutLexicon.top1());
        assertThat(heldOutLearned.top3()).isGreaterThanOrEqualTo(heldOutLexicon.top3());
    }

    /**
     * The city-like set: a desk's messages in a city's proportions, learned from its earlier months and
     * measured on its later ones.
     */
    @Test
    void meetsTheMeasuredFiguresOnTheLaterMonthsOfACityLikeDesk() {
        List<Evaluation.Example> earlier = Evaluation.load(CITY_LEARN);
        List<Evaluation.Example> later = Evaluation.load(CITY_HELD_OUT);
        Triage cityLearned = LEXICON.withModel(Evaluation.learnFrom(LEXICON, earlier));

        Evaluation.Figures lexicon = measure("city held-out, lexicon", LEXICON, later);
        Evaluation.Figures learnedFigures = measure("city held-out, lexicon + learned", cityLearned, later);

        assertThat(earlier.size() + later.size()).isBetween(800, 1200);
        assertFloors(lexicon, 0.97, 0.96, 0.87, 0.96, 0.7);
        assertFloors(learnedFigures, 0.97, 0.99, 0.98, 0.99, 0.8);
        Evaluation.unitRecall(cityLearned, later).forEach((unit, tally) ->
                assertThat((double) tally[0] / tally[1]).as("top-1 of " + unit).isGreaterThanOrEqualTo(0.5));
    }

    /**
     * The project's own desk (1,533 messages written for it, varied rather than composed from a few
     * ways of saying things): learned from January to June, measured on July to October.
     */
    @Test
    void meetsTheMeasuredFiguresOnTheLaterMonthsOfTheProjectsOwnDesk() {
        List<List<Evaluation.Example>> months = Evaluation.splitAt(DESK, DESK_HELD_OUT_FROM);
        List<Evaluation.Example> earlier = months.get(0);
        List<Evaluation.Example> later = months.get(1);
        Triage deskLearned = LEXICON.withModel(Evaluation.learnFrom(LEXICON, earlier));

        Evaluation.Figures lexicon = measure("desk held-out, lexicon", LEXICON, later);
        Evaluation.Figures learnedFigures = measure("desk held-out, lexicon + learned", deskLearned, later);

        assertThat(earlier.size() + later.size()).isGreaterThanOrEqualTo(1500);
        assertThat(later).hasSizeGreaterThan(600);
        assertFloors(lexicon, 0.98, 0.99, 0.82, 0.94, 0.75);
        assertFloors(learnedFigures, 0.97, 0.99, 0.86, 0.97, 0.75);
        assertThat(learnedFigures.top1()).as("learning improves the later months' routing").isGreaterThan(lexicon.top1());
        Evaluation.unitRecall(deskLearned, later).forEach((unit, tally) ->
                assertThat((double) tally[0] / tally[1]).as("top-1 of " + unit).isGreaterThanOrEqualTo(0.5));
    }

    private static void assertFloors(Evaluation.Figures figures, double precision, double recall, double top1,
                                     double top3, double urgentRecall) {
        assertThat(figures.precision()).as("complaint precision").isGreaterThanOrEqualTo(precision);
        assertThat(figures.recall()).as("complaint recall").isGreaterThanOrEqualTo(recall);
        assertThat(figures.top1()).as("unit top-1").isGreaterThanOrEqualTo(top1);
        assertThat(figures.top3()).as("unit top-3").isGreaterThanOrEqualTo(top3);
        assertThat(figures.urgentRecall()).as("URGENT recall").isGreaterThanOrEqualTo(urgentRecall);
    }
}
