package id.aduan.core.port;

import id.aduan.core.reply.QueuedReply;

/** Hands replies to the reply sender (an SQS queue in AWS). */
public interface ReplyQueue {

    void enqueue(QueuedReply reply);
}
