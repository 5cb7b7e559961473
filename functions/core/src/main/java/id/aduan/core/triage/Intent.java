package id.aduan.core.triage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether a message is a complaint, and if not, why. When in doubt it is a complaint: a missed
 * complaint costs a citizen an answer and starts no SLA clock, a false one costs staff a click. A
 * doubtful complaint (one that reads socially but names a public matter, or that the learned model
 * cannot tell from what staff rejected) is kept as a complaint and marked for a look.
 */
record Intent(Optional<NotComplaintReason> reason, double certainty, List<String> evidence, boolean doubtful) {

    private static final List<Cue> SPAM = List.of(Cue.PROMOTION, Cue.GAMBLING, Cue.SCAM, Cue.BOT);
    private static final List<Cue> SOCIAL = List.of(Cue.THANKS, Cue.PRAISE, Cue.QUESTION, Cue.GREETING, Cue.CHAT);
    private static final int SPAM_THRESHOLD = 4;
    private static final int CLEAR_COMPLAINT = 3;
    private static final int CLEAR_SOCIAL = 2;
    /** Lexicon weight above which a message names a public matter even without a problem word. */
    private static final double NAMES_A_MATTER = 3;
    /** Above this belief that staff would reject it, a message that names no matter is not a complaint. */
    private static final double LEARNED_REJECTION = 0.9;
    /** Below this belief that staff would reject it, a message reads like the complaints they confirmed. */
    private static final double LEARNED_COMPLAINT = 0.2;

    boolean complaint() {
        return reason.isEmpty();
    }

    /**
     * @param rejectionBelief how much the message reads like those staff rejected, when the learned
     *                        model knows rejections
     */
    static Intent of(CueScores cues, double lexiconBest, OptionalDouble rejectionBelief) {
        boolean namesAMatter = lexiconBest >= NAMES_A_MATTER;
        int complaint = cues.of(Cue.PROBLEM) + cues.of(Cue.REQUEST) + cues.of(Cue.SUGGESTION) + cues.of(Cue.DANGER)
                + (namesAMatter ? 1 : 0);
        Map.Entry<Cue, Integer> spam = cues.strongest(SPAM);
        if (spam.getValue() >= SPAM_THRESHOLD && spam.getValue() >= complaint) {
            return notAComplaint(spam.getKey(), spam.getValue() - complaint, cues);
        }
        if (complaint >= CLEAR_COMPLAINT && cues.of(Cue.PROBLEM) + cues.of(Cue.DANGER) + cues.of(Cue.SUGGESTION) > 0) {
            return complaint(complaint, cues, rejectionBelief.orElse(0) >= 0.5);
        }
        Map.Entry<Cue, Integer> social = cues.strongest(SOCIAL);
        boolean learnedComplaint = rejectionBelief.isPresent() && rejectionBelief.getAsDouble() < LEARNED_COMPLAINT;
        boolean learnedRejection = rejectionBelief.orElse(0) >= LEARNED_REJECTION;
        if (social.getValue() >= CLEAR_SOCIAL && social.getValue() > complaint) {
            boolean saysSomethingIsWrong = cues.of(Cue.PROBLEM) + cues.of(Cue.DANGER) > 0;
            boolean greetsAMatter = namesAMatter && social.getKey() == Cue.GREETING;
            return (saysSomethingIsWrong || greetsAMatter) && !learnedRejection || learnedComplaint
                    ? complaint(complaint, cues, true)
                    : notAComplaint(social.getKey(), social.getValue() - complaint, cues);
        }
        if (complaint > 0 || namesAMatter) {
            return complaint(complaint, cues, rejectionBelief.orElse(0) >= 0.5);
        }
        if (social.getValue() > 0) {
            return learnedComplaint ? complaint(0, cues, true)
                    : notAComplaint(social.getKey(), social.getValue(), cues);
        }
        return complaint(0, cues, true);
    }

    private static Intent complaint(int strength, CueScores cues, boolean doubtful) {
        var evidence = new java.util.ArrayList<String>();
        for (Cue cue : List.of(Cue.DANGER, Cue.PROBLEM, Cue.REQUEST, Cue.SUGGESTION)) {
            evidence.addAll(cues.evidenceFor(cue));
        }
        return new Intent(Optional.empty(), doubtful ? certainty(0) : certainty(strength), List.copyOf(evidence),
                doubtful);
    }

    private static Intent notAComplaint(Cue cue, int margin, CueScores cues) {
        return new Intent(Optional.of(NotComplaintReason.valueOf(cue.name())), certainty(margin), cues.evidenceFor(cue),
                false);
    }

    /** 0.5 for a coin toss, approaching 1 as the winning side's lead in weight points grows. */
    private static double certainty(int lead) {
        return 0.5 + 0.5 * (1 - Math.exp(-Math.max(0, lead) / 3.0));
    }
}
