package id.aduan.core.triage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How strongly each cue speaks in one message, and the words that said it. */
record CueScores(Map<Cue, Integer> scores, Map<Cue, List<String>> evidence) {

    CueScores {
        scores = scores.isEmpty() ? Map.of() : new EnumMap<>(scores);
        evidence = evidence.isEmpty() ? Map.of() : new EnumMap<>(evidence);
    }

    int of(Cue cue) {
        return scores.getOrDefault(cue, 0);
    }

    /** The strongest of the given cues and its score, the first listed winning ties. */
    Map.Entry<Cue, Integer> strongest(List<Cue> among) {
        Cue best = among.getFirst();
        for (Cue cue : among) {
            if (of(cue) > of(best)) {
                best = cue;
            }
        }
        return Map.entry(best, of(best));
    }

    List<String> evidenceFor(Cue cue) {
        return evidence.getOrDefault(cue, List.of());
    }
}
