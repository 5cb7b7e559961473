package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/** The built-in table of cues ({@code cues.tsv}): what makes a message a complaint, spam, urgent. */
final class Cues {

    private record WeightedCue(Cue cue, int weight) {}

    private final PhraseIndex<WeightedCue> index;
    private final Set<String> words;

    private Cues(List<PhraseIndex.Entry<WeightedCue>> entries) {
        this.index = new PhraseIndex<>(entries);
        var stems = new HashSet<String>();
        for (PhraseIndex.Entry<WeightedCue> entry : entries) {
            stems.addAll(entry.phrase().stems());
        }
        this.words = Set.copyOf(stems);
    }

    static Cues builtIn() {
        var entries = new ArrayList<PhraseIndex.Entry<WeightedCue>>();
        for (ResourceTable.Row row : ResourceTable.load("cues.tsv").rows()) {
            var cue = new WeightedCue(Cue.valueOf(row.cell(0)), Integer.parseInt(row.cell(1)));
            for (String phrase : Words.split(row.cell(2), ',')) {
                entries.add(new PhraseIndex.Entry<>(Phrase.parse(phrase), cue));
            }
        }
        return new Cues(entries);
    }

    CueScores scan(NormalizedText text) {
        var scores = new EnumMap<Cue, Integer>(Cue.class);
        var evidence = new EnumMap<Cue, List<String>>(Cue.class);
        for (PhraseIndex.Hit<WeightedCue> hit : index.find(text.tokens())) {
            Cue cue = hit.value().cue();
            scores.merge(cue, hit.value().weight(), Integer::sum);
            evidence.computeIfAbsent(cue, key -> new ArrayList<>()).add(hit.surface());
        }
        return new CueScores(scores, evidence);
    }

    /** Every word the table looks for, for the normaliser's vocabulary. */
    Set<String> words() {
        return words;
    }
}
