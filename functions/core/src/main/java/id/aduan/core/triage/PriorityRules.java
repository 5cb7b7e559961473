package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;

/**
 * How urgent a complaint is (WORKFLOW-AND-SLA.md): URGENT for danger to life or property happening
 * now, HIGH for a broken public service affecting many (or a danger that is real but not under way:
 * a tree about to fall, a street that floods every time it rains), LOW for suggestions, NORMAL
 * otherwise. A topic whose floor is URGENT (a rescue: an animal in a home, someone locked in; a gas
 * leak) is always URGENT: whoever writes about it is in it now. A pothole that has already thrown a rider off is URGENT: the hazard has proved itself,
 * and the next fall is a matter of hours.
 */
final class PriorityRules {

    private static final int URGENT_DANGER = 4;
    private static final int SERIOUS_DANGER = 2;
    private static final int MANY_AFFECTED = 3;

    private PriorityRules() {}

    static Priority of(Intent intent, CueScores cues, Lexicon.Topic topic) {
        if (!intent.complaint()) {
            return Priority.LOW;
        }
        if (topic.floor() == Priority.URGENT) {
            return Priority.URGENT;
        }
        int danger = cues.of(Cue.DANGER);
        int present = danger == 0 ? 0
                : danger + cues.of(Cue.ONGOING) - cues.of(Cue.RECURRING) - cues.of(Cue.POTENTIAL);
        if (present >= URGENT_DANGER) {
            return Priority.URGENT;
        }
        boolean problem = cues.of(Cue.PROBLEM) + danger > 0;
        if (danger >= SERIOUS_DANGER || cues.of(Cue.WIDESPREAD) >= MANY_AFFECTED
                || problem && topic.floor() == Priority.HIGH) {
            return Priority.HIGH;
        }
        if (cues.of(Cue.SUGGESTION) > 0 && cues.of(Cue.PROBLEM) < 3 || topic.floor() == Priority.LOW) {
            return Priority.LOW;
        }
        return Priority.NORMAL;
    }
}
