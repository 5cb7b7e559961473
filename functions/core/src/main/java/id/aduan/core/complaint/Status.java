package id.aduan.core.complaint;

/**
 * Where a complaint stands, following the SP4N-LAPOR! stages. {@link #label()} is what staff see.
 */
public enum Status {
    NEW("Baru"),
    NEEDS_INFO("Menunggu informasi"),
    VERIFIED("Terverifikasi"),
    FORWARDED("Didisposisikan"),
    IN_PROGRESS("Ditindaklanjuti"),
    RESOLVED("Selesai"),
    CLOSED("Ditutup"),
    REJECTED("Ditolak");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Closed and rejected complaints take no more follow-ups; a new message opens a new complaint. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED;
    }
}
