package id.aduan.core.triage;

import java.util.List;

/**
 * Where the router sends a message: every unit ranked, the topic within the best one, the words that
 * spoke for it, and whether anything spoke at all.
 */
record Routing(List<Candidate> ranked, Lexicon.Topic topic, List<String> evidence, boolean informed) {

    Candidate best() {
        return ranked.getFirst();
    }
}
