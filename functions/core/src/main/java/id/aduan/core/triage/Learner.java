package id.aduan.core.triage;

import id.aduan.core.unit.UnitCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns from what staff decided: each time they confirm or change the unit of a complaint, that is
 * an example in the city's own words; each time they reject a message (NOT_A_COMPLAINT, SPAM), an
 * example of what their desk does not track. Adds them to a {@link LearnedModel}, fresh or loaded, and
 * builds the next one. The latest {@value #HELD_BACK_PERCENT} % of the routings of a run are first
 * held back: each blend of lexicon and the model learned without them routes them, and the tally of
 * which blend did best travels with the model. Not thread-safe: one learning run at a time (a daily job).
 */
public final class Learner {

    /** Above this many features the rarest are dropped, keeping the model small for a cold start. */
    static final int MAX_FEATURES = 60_000;
    /** With this many routings, a feature seen once is more likely noise than knowledge. */
    static final int SINGLETONS_KEPT_BELOW = 2_000;
    static final int HELD_BACK_PERCENT = 20;

    /** Whether each blend share of {@code base} puts {@code unit} first for {@code text}. */
    @FunctionalInterface
    interface BlendJudge {
        boolean[] rightAtEachShare(LearnedModel base, String unit, String text);
    }

    private record Example(int label, List<String> features, String unit, String text) {}

    private final TextFeatures features;
    private final UnitCatalog catalog;
    private final BlendJudge judge;
    private final BlendTally startTally;
    private final List<String> units;
    private final Map<String, int[]> counts = new HashMap<>();
    private final List<Example> learned = new ArrayList<>();
    private int[] documents;

    Learner(TextFeatures features, UnitCatalog catalog, LearnedModel start, BlendJudge judge) {
        this.features = features;
        this.catalog = catalog;
        this.judge = judge;
        this.startTally = start.blend();
        this.units = new ArrayList<>(start.units());
        this.documents = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            documents[u] = start.documentCount(units.get(u));
        }
        for (String feature : start.featureNames()) {
            counts.put(feature, start.counts(feature).clone());
        }
    }

    /** Adds one confirmed routing ({@code label} a unit code) or rejection (NOT_A_COMPLAINT, SPAM). */
    public void learn(String label, String text) {
        if (!catalog.contains(label) && !Rejection.isRejection(label)) {
            throw new IllegalArgumentException("unknown unit code " + label);
        }
        int u = indexOf(label);
        documents[u]++;
        var messageFeatures = List.copyOf(features.of(text));
        for (String feature : messageFeatures) {
            int[] perUnit = counts.computeIfAbsent(feature, key -> new int[units.size()]);
            if (perUnit.length < units.size()) {
                perUnit = Arrays.copyOf(perUnit, units.size());
                counts.put(feature, perUnit);
            }
            perUnit[u]++;
        }
        learned.add(new Example(u, messageFeatures, label, text));
    }

    public int documentCount() {
        return Arrays.stream(documents).sum();
    }

    /** The model of everything learned so far, pruned to its useful features, with its blend tally. */
    public LearnedModel model() {
        int minimum = documentCount() < SINGLETONS_KEPT_BELOW ? 1 : 2;
        var kept = new HashMap<String, int[]>();
        counts.entrySet().stream()
                .filter(entry -> total(entry.getValue()) >= minimum)
                .sorted(Comparator.comparingLong((Map.Entry<String, int[]> entry) -> -total(entry.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_FEATURES)
                .forEach(entry -> kept.put(entry.getKey(), Arrays.copyOf(entry.getValue(), units.size())));
        return new LearnedModel(units, documents, kept, tally());
    }

    /** The start's tally plus this run's held-back routings, judged by the model learned without them. */
    private BlendTally tally() {
        var heldBack = learned.subList(learned.size() - learned.size() * HELD_BACK_PERCENT / 100, learned.size())
                .stream().filter(example -> !Rejection.isRejection(example.unit())).toList();
        if (heldBack.isEmpty()) {
            return startTally;
        }
        LearnedModel base = withoutHeldBack(heldBack);
        int[] right = new int[BlendTally.SHARES];
        for (Example example : heldBack) {
            boolean[] verdicts = judge.rightAtEachShare(base, example.unit(), example.text());
            for (int k = 0; k < right.length; k++) {
                right[k] += verdicts[k] ? 1 : 0;
            }
        }
        return startTally.plus(heldBack.size(), right);
    }

    private LearnedModel withoutHeldBack(List<Example> heldBack) {
        var baseCounts = new HashMap<>(counts);
        int[] baseDocuments = documents.clone();
        for (Example example : heldBack) {
            baseDocuments[example.label()]--;
            for (String feature : example.features()) {
                int[] perUnit = baseCounts.get(feature);
                if (perUnit == counts.get(feature)) {
                    perUnit = Arrays.copyOf(perUnit, units.size());
                    baseCounts.put(feature, perUnit);
                }
                perUnit[example.label()]--;
            }
        }
        baseCounts.values().removeIf(perUnit -> total(perUnit) == 0);
        var padded = new HashMap<String, int[]>();
        baseCounts.forEach((feature, perUnit) -> padded.put(feature, Arrays.copyOf(perUnit, units.size())));
        return new LearnedModel(units, baseDocuments, padded, BlendTally.NONE);
    }

    private int indexOf(String unit) {
        int u = units.indexOf(unit);
        if (u >= 0) {
            return u;
        }
        units.add(unit);
        documents = Arrays.copyOf(documents, units.size());
        return units.size() - 1;
    }

    private static long total(int[] perUnit) {
        long sum = 0;
        for (int count : perUnit) {
            sum += count;
        }
        return sum;
    }
}
