package id.aduan.core.reply;

/** The ways staff can answer a citizen on Instagram. {@link #label()} is what staff see. */
public enum ReplyMethod {
    PUBLIC_COMMENT_REPLY("Balas komentar (publik)"),
    DM("Pesan langsung (DM)"),
    /** A direct message tagged HUMAN_AGENT: allowed up to 7 days after the citizen's last message. */
    DM_HUMAN_AGENT("Pesan langsung oleh petugas (HUMAN_AGENT)"),
    /** One direct message to the author of a comment, once per comment. */
    PRIVATE_REPLY("Balasan pribadi ke pemberi komentar");

    private final String label;

    ReplyMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
