package id.aduan.core.sla;

/** The four SLA clocks of a complaint, following the SP4N-LAPOR! stages. {@link #label()} is what staff see. */
public enum ClockKind {
    /** From the message to the first public reply or DM from staff. */
    FIRST_RESPONSE("Tanggapan pertama"),
    /** From the message to VERIFIED or REJECTED. */
    VERIFICATION("Verifikasi"),
    /** From FORWARDED (disposisi to a unit) to IN_PROGRESS. */
    FOLLOW_UP("Tindak lanjut"),
    /** From VERIFIED to RESOLVED. */
    RESOLUTION("Penyelesaian");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
