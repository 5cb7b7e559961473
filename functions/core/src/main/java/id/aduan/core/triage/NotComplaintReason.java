package id.aduan.core.triage;

import id.aduan.core.language.Labelled;

/** Why a message is not a complaint, with the label staff see. */
public enum NotComplaintReason implements Labelled {
    PRAISE(Rejection.NOT_A_COMPLAINT),
    THANKS(Rejection.NOT_A_COMPLAINT),
    GREETING(Rejection.NOT_A_COMPLAINT),
    QUESTION(Rejection.NOT_A_COMPLAINT),
    CHAT(Rejection.NOT_A_COMPLAINT),
    PROMOTION(Rejection.SPAM),
    GAMBLING(Rejection.SPAM),
    SCAM(Rejection.SPAM),
    BOT(Rejection.SPAM);

    private final Rejection rejection;

    NotComplaintReason(Rejection rejection) {
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    @Override
    public String labelGroup() {
        return "notComplaint";
    }
}
