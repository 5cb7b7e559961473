package id.aduan.core.complaint;

/** Why a message is not worked as a complaint. */
public enum RejectionReason {
    /** Praise, thanks, a greeting, a question for information, chat. */
    NOT_A_COMPLAINT,
    /** Promotion, scams, bots. */
    SPAM,
    /** Not the city's to handle; the reporter is told where to go instead. */
    NOT_OUR_AUTHORITY,
    /** The same problem as another complaint, into which this one is merged. */
    DUPLICATE;

    /** Staff judged the message no complaint at all (spam, or chat and praise): triage weighs its sender by it. */
    public boolean saysNoComplaint() {
        return this == SPAM || this == NOT_A_COMPLAINT;
    }
}
