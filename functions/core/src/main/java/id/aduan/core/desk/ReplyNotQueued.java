package id.aduan.core.desk;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/**
 * The reply was recorded but could not be put on the reply queue: it will not be sent. The timeline
 * says so (REPLY_FAILED, NOT_QUEUED) unless that write failed too ({@code recorded} false).
 */
public final class ReplyNotQueued extends RuntimeException implements Explained {

    private final String replyId;
    private final boolean recorded;

    public ReplyNotQueued(String replyId, boolean recorded, Throwable cause) {
        super(Phrase.of("error.reply.notQueued", replyId).toString(), cause);
        this.replyId = replyId;
        this.recorded = recorded;
    }

    public String replyId() {
        return replyId;
    }

    public boolean recorded() {
        return recorded;
    }

    @Override
    public Phrase explanation() {
        return Phrase.of("error.reply.notQueued", replyId);
    }
}
