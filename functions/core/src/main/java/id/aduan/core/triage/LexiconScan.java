package id.aduan.core.triage;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the lexicon found in one message: a score per unit, and the phrases behind each. */
final class LexiconScan {

    private final Lexicon lexicon;
    private final double[] scores;
    private final Map<String, List<PhraseIndex.Hit<Lexicon.Entry>>> hitsByUnit;

    LexiconScan(Lexicon lexicon, double[] scores, Map<String, List<PhraseIndex.Hit<Lexicon.Entry>>> hitsByUnit) {
        this.lexicon = lexicon;
        this.scores = scores;
        this.hitsByUnit = hitsByUnit;
    }

    double score(int unit) {
        return scores[unit];
    }

    double best() {
        double best = 0;
        for (double score : scores) {
            best = Math.max(best, score);
        }
        return best;
    }

    /** The topic of the unit that its phrases in this message point to most, or the unit's general topic. */
    Lexicon.Topic topic(String unit) {
        var weights = new LinkedHashMap<Lexicon.Topic, Integer>();
        for (PhraseIndex.Hit<Lexicon.Entry> hit : hitsByUnit.getOrDefault(unit, List.of())) {
            weights.merge(hit.value().topic(), hit.value().weight(), Integer::sum);
        }
        return weights.entrySet().stream()
                .max(Map.Entry.<Lexicon.Topic, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(lexicon.generalTopic(unit));
    }

    /** The phrases that spoke for the unit, strongest first. */
    List<String> evidence(String unit) {
        return hitsByUnit.getOrDefault(unit, List.of()).stream()
                .sorted(Comparator.comparingInt((PhraseIndex.Hit<Lexicon.Entry> hit) -> -hit.value().weight()))
                .map(PhraseIndex.Hit::surface)
                .toList();
    }
}
