package id.aduan.core.triage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a message is a complaint, and if not, why. When in doubt it is a complaint: a missed
 * complaint costs a citizen an answer, a false one costs staff a click.
 */
record Intent(Optional<NotComplaintReason> reason, double certainty, List<String> evidence) {

    private static final List<Cue> SPAM = List.of(Cue.PROMOTION, Cue.GAMBLING, Cue.SCAM, Cue.BOT);
    private static final List<Cue> SOCIAL = List.of(Cue.THANKS, Cue.PRAISE, Cue.QUESTION, Cue.GREETING, Cue.CHAT);
    private static final int SPAM_THRESHOLD = 4;
    private static final int CLEAR_COMPLAINT = 3;
    private static final int CLEAR_SOCIAL = 2;
    /** Lexicon weight above which a message names a public matter even without a problem word. */
    private static final double NAMES_A_MATTER = 3;

    boolean complaint() {
        return reason.isEmpty();
    }

    static Intent of(CueScores cues, double lexiconBest) {
        int complaint = cues.of(Cue.PROBLEM) + cues.of(Cue.REQUEST) + cues.of(Cue.SUGGESTION) + cues.of(Cue.DANGER)
                + (lexiconBest >= NAMES_A_MATTER ? 1 : 0);
        Map.Entry<Cue, Integer> spam = cues.strongest(SPAM);
        if (spam.getValue() >= SPAM_THRESHOLD && spam.getValue() >= complaint) {
            return notAComplaint(spam.getKey(), spam.getValue() - complaint, cues);
        }
        if (complaint >= CLEAR_COMPLAINT && cues.of(Cue.PROBLEM) + cues.of(Cue.DANGER) + cues.of(Cue.SUGGESTION) > 0) {
            return complaint(complaint, cues);
        }
        Map.Entry<Cue, Integer> social = cues.strongest(SOCIAL);
        if (social.getValue() >= CLEAR_SOCIAL && social.getValue() > complaint) {
            return notAComplaint(social.getKey(), social.getValue() - complaint, cues);
        }
        if (complaint > 0 || lexiconBest >= NAMES_A_MATTER) {
            return complaint(complaint, cues);
        }
        if (social.getValue() > 0) {
            return notAComplaint(social.getKey(), social.getValue(), cues);
        }
        return complaint(0, cues);
    }

    private static Intent complaint(int strength, CueScores cues) {
        var evidence = new java.util.ArrayList<String>();
        for (Cue cue : List.of(Cue.DANGER, Cue.PROBLEM, Cue.REQUEST, Cue.SUGGESTION)) {
            evidence.addAll(cues.evidenceFor(cue));
        }
        return new Intent(Optional.empty(), certainty(strength), List.copyOf(evidence));
    }

    private static Intent notAComplaint(Cue cue, int margin, CueScores cues) {
        return new Intent(Optional.of(NotComplaintReason.valueOf(cue.name())), certainty(margin), cues.evidenceFor(cue));
    }

    /** 0.5 for a coin toss, approaching 1 as the winning side's lead in weight points grows. */
    private static double certainty(int lead) {
        return 0.5 + 0.5 * (1 - Math.exp(-Math.max(0, lead) / 3.0));
    }
}
