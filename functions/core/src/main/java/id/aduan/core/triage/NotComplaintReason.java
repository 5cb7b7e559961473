package id.aduan.core.triage;

import id.aduan.core.language.Language;
import id.aduan.core.language.Phrase;
import id.aduan.core.language.Phrasebook;

/** Why a message is not a complaint, with the label staff see. */
public enum NotComplaintReason {
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

    /** What staff see, in Indonesian (alerts, digests, replies). */
    public String label() {
        return label(Language.INDONESIAN);
    }

    public String label(Language language) {
        return Phrasebook.label(phrase().key(), language);
    }

    public Phrase phrase() {
        return Phrase.of("notComplaint." + name());
    }
}
