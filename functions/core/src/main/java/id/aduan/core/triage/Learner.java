package id.aduan.core.triage;

import id.aduan.core.unit.UnitCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns from confirmed routings: each time staff confirm or change the unit of a complaint, that is
 * an example in the city's own words. Adds them to a {@link LearnedModel}, fresh or loaded, and builds
 * the next one. Not thread-safe: one learning run at a time (a daily job).
 */
public final class Learner {

    /** Above this many features the rarest are dropped, keeping the model small for a cold start. */
    static final int MAX_FEATURES = 60_000;
    /** With this many routings, a feature seen once is more likely noise than knowledge. */
    static final int SINGLETONS_KEPT_BELOW = 2_000;

    private final TextFeatures features;
    private final UnitCatalog catalog;
    private final List<String> units;
    private final Map<String, int[]> counts = new HashMap<>();
    private int[] documents;

    Learner(TextFeatures features, UnitCatalog catalog, LearnedModel start) {
        this.features = features;
        this.catalog = catalog;
        this.units = new ArrayList<>(start.units());
        this.documents = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            documents[u] = start.documentCount(units.get(u));
        }
        for (String feature : start.featureNames()) {
            counts.put(feature, start.counts(feature).clone());
        }
    }

    /** Adds one confirmed routing. */
    public void learn(String unit, String text) {
        if (!catalog.contains(unit)) {
            throw new IllegalArgumentException("unknown unit code " + unit);
        }
        int u = indexOf(unit);
        documents[u]++;
        for (String feature : features.of(text)) {
            int[] perUnit = counts.computeIfAbsent(feature, key -> new int[units.size()]);
            if (perUnit.length < units.size()) {
                perUnit = Arrays.copyOf(perUnit, units.size());
                counts.put(feature, perUnit);
            }
            perUnit[u]++;
        }
    }

    public int documentCount() {
        return Arrays.stream(documents).sum();
    }

    /** The model of everything learned so far, pruned to its useful features. */
    public LearnedModel model() {
        int minimum = documentCount() < SINGLETONS_KEPT_BELOW ? 1 : 2;
        var kept = new HashMap<String, int[]>();
        counts.entrySet().stream()
                .filter(entry -> total(entry.getValue()) >= minimum)
                .sorted(Comparator.comparingLong((Map.Entry<String, int[]> entry) -> -total(entry.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_FEATURES)
                .forEach(entry -> kept.put(entry.getKey(), Arrays.copyOf(entry.getValue(), units.size())));
        return new LearnedModel(units, documents, kept);
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
