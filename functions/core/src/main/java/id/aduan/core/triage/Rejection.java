package id.aduan.core.triage;

/** The two ways a message is rejected as a complaint (the REJECTED reasons triage can suggest). */
public enum Rejection {
    /** Praise, thanks, a greeting, a question for information, chat: answer it, do not track it. */
    NOT_A_COMPLAINT,
    /** Promotion, gambling, scams, bots: hide it, never answer it. */
    SPAM;

    /** Whether a learned label is a rejection rather than a unit code. */
    static boolean isRejection(String label) {
        return label.equals(NOT_A_COMPLAINT.name()) || label.equals(SPAM.name());
    }
}
