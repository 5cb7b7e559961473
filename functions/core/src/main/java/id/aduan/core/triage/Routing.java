package id.aduan.core.triage;

import java.util.List;

/**
 * Where the router sends a message: every unit ranked, the topic within the best one, the words that
 * spoke for it, whether anything spoke at all, and how much the message reads like those staff rejected
 * (when the learned model knows rejections and some of the message's words).
 */
record Routing(List<Candidate> ranked, Lexicon.Topic topic, List<String> evidence, boolean informed,
               java.util.OptionalDouble rejectionBelief) {

    Candidate best() {
        return ranked.getFirst();
    }
}
