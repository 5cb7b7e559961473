package id.aduan.core.desk;

import id.aduan.core.reply.QueuedReply;

/** A reply on its way to the reply sender, and the complaint's version once it was recorded. */
public record ReplyQueued(QueuedReply reply, long complaintVersion) {
}
