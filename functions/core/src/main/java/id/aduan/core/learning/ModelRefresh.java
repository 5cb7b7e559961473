package id.aduan.core.learning;

import id.aduan.core.triage.Triage;
import id.aduan.core.unit.UnitCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Teaches the routing model the units staff confirmed, day by day: every full day since the model last
 * learned, up to yesterday. Counts in the model are additive, so learning a day once more would skew it:
 * the day learned through is saved with the model, under a version check, so each day counts once even
 * when two refreshes run at the same time.
 */
public final class ModelRefresh {

    /** On a first run, how far back confirmed routings are read. */
    static final int FIRST_RUN_DAYS = 90;

    private final TriageModelStore models;
    private final RoutingExamples examples;
    private final Triage triage;
    private final Supplier<UnitCatalog> units;
    private final Clock clock;

    /** @param units the units as configured now: staff confirm routings to units admins added too */
    public ModelRefresh(TriageModelStore models, RoutingExamples examples, Triage triage, Supplier<UnitCatalog> units,
                        Clock clock) {
        this.models = models;
        this.examples = examples;
        this.triage = triage;
        this.units = units;
        this.clock = clock;
    }

    /** What a refresh did. */
    public record Outcome(int daysLearned, int examplesLearned, int documents, int features, boolean saved) {

        /** The refreshes of one run (one model per tenant) as one: counts added, saved when any model was. */
        public static Outcome together(Collection<Outcome> outcomes) {
            return new Outcome(outcomes.stream().mapToInt(Outcome::daysLearned).sum(),
                    outcomes.stream().mapToInt(Outcome::examplesLearned).sum(),
                    outcomes.stream().mapToInt(Outcome::documents).sum(),
                    outcomes.stream().mapToInt(Outcome::features).sum(),
                    outcomes.stream().anyMatch(Outcome::saved));
        }
    }

    public Outcome refresh() {
        var stored = models.load().orElse(StoredModel.none());
        var yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        var day = stored.learnedThrough() == null ? yesterday.minusDays(FIRST_RUN_DAYS - 1)
                : stored.learnedThrough().plusDays(1);
        if (day.isAfter(yesterday)) {
            var model = stored.model();
            return new Outcome(0, 0, model.documentCount(), model.featureCount(), false);
        }
        var learner = triage.learner(stored.model(), units.get());
        int days = 0;
        int learned = 0;
        for (; !day.isAfter(yesterday); day = day.plusDays(1), days++) {
            for (RoutingExample example : examples.confirmedOn(day)) {
                learner.learn(example.unit(), example.text());
                learned++;
            }
        }
        var model = learner.model();
        boolean saved = models.save(new StoredModel(model, yesterday, stored.version() + 1), stored.version());
        return new Outcome(days, learned, model.documentCount(), model.featureCount(), saved);
    }
}
