package id.aduan.core.triage;

/** Why a message is not a complaint, with the label staff see. */
public enum NotComplaintReason {
    PRAISE(Rejection.NOT_A_COMPLAINT, "Pujian"),
    THANKS(Rejection.NOT_A_COMPLAINT, "Ucapan terima kasih"),
    GREETING(Rejection.NOT_A_COMPLAINT, "Salam"),
    QUESTION(Rejection.NOT_A_COMPLAINT, "Pertanyaan atau permintaan informasi"),
    CHAT(Rejection.NOT_A_COMPLAINT, "Obrolan"),
    PROMOTION(Rejection.SPAM, "Promosi"),
    GAMBLING(Rejection.SPAM, "Judi online"),
    SCAM(Rejection.SPAM, "Penipuan"),
    BOT(Rejection.SPAM, "Akun bot");

    private final Rejection rejection;
    private final String label;

    NotComplaintReason(Rejection rejection, String label) {
        this.rejection = rejection;
        this.label = label;
    }

    public Rejection rejection() {
        return rejection;
    }

    public String label() {
        return label;
    }
}
