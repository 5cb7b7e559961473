package id.aduan.core.reply;

/** Why a reply method cannot be used for a complaint now. {@link #label()} is what staff see. */
public enum Unavailable {
    NOT_A_COMMENT("Aduan ini tidak berasal dari komentar"),
    MENTION_ELSEWHERE("Sebutan (mention) ada di unggahan akun lain"),
    LIVE_COMMENT("Komentar siaran langsung tidak bisa dibalas"),
    COMMENT_HIDDEN("Komentar disembunyikan; tampilkan lagi untuk membalas"),
    PRIVATE_REPLY_ALREADY_SENT("Balasan pribadi untuk komentar ini sudah terkirim"),
    PRIVATE_REPLY_EXPIRED("Lebih dari 7 hari sejak komentar ditulis"),
    NO_MESSAGE_FROM_REPORTER("Pelapor belum pernah mengirim DM"),
    MESSAGING_WINDOW_CLOSED("Lebih dari 24 jam sejak pesan terakhir pelapor"),
    STANDARD_WINDOW_OPEN("Tidak perlu: DM biasa masih bisa dikirim"),
    HUMAN_AGENT_NOT_ENABLED("Tag HUMAN_AGENT tidak diaktifkan"),
    HUMAN_AGENT_WINDOW_CLOSED("Lebih dari 7 hari sejak pesan terakhir pelapor");

    private final String label;

    Unavailable(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
