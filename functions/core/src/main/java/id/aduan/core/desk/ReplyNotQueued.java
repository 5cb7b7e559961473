package id.aduan.core.desk;

/**
 * The reply was recorded but could not be put on the reply queue: it will not be sent. The timeline
 * says so (REPLY_FAILED, NOT_QUEUED) unless that write failed too ({@code recorded} false).
 */
public final class ReplyNotQueued extends RuntimeException {

    private final String replyId;
    private final boolean recorded;

    public ReplyNotQueued(String replyId, boolean recorded, Throwable cause) {
        super("reply " + replyId + " could not be queued and will not be sent; queue it again", cause);
        this.replyId = replyId;
        this.recorded = recorded;
    }

    public String replyId() {
        return replyId;
    }

    public boolean recorded() {
        return recorded;
    }
}
