package id.aduan.core.reply;

/** Where a queued reply stands in the reply sender. */
public enum ReplyState {
    /** Claimed by one attempt until its lease ends; the send may be in flight. */
    SENDING,
    /** An attempt ended without sending (Instagram asked to wait); the next delivery of the message tries again. */
    WAITING,
    SENT,
    FAILED,
    /** Instagram's answer left open whether it went out: never sent again blindly, confirmed by its echo. */
    UNCERTAIN;

    /** Nothing more is sent for a reply in this state. */
    public boolean isFinal() {
        return this == SENT || this == FAILED || this == UNCERTAIN;
    }
}
