package id.aduan.core.reply;

/** A reply text Instagram would refuse: empty, or over the limit of its channel. */
public final class ReplyTextRejected extends IllegalArgumentException {

    public ReplyTextRejected(String reason) {
        super(reason);
    }
}
