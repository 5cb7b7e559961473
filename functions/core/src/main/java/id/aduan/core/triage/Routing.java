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

    /** The same routing with {@code unit} first: it trades places and scores with the best unit. */
    Routing preferring(String unit, Lexicon.Topic topicThere, List<String> evidenceThere) {
        if (best().unit().equals(unit)) {
            return new Routing(ranked, topic, evidenceThere, informed, rejectionBelief);
        }
        var reordered = new java.util.ArrayList<Candidate>(ranked.size());
        Candidate preferred = ranked.stream().filter(candidate -> candidate.unit().equals(unit)).findFirst().orElseThrow();
        reordered.add(new Candidate(unit, best().score()));
        for (Candidate candidate : ranked.subList(1, ranked.size())) {
            reordered.add(candidate == preferred ? new Candidate(best().unit(), preferred.score()) : candidate);
        }
        reordered.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        return new Routing(reordered, topicThere, evidenceThere, true, rejectionBelief);
    }
}
