package id.aduan.core.reply;

/** Hands replies to the reply sender (an SQS queue in AWS). */
public interface ReplyQueue {

    void enqueue(QueuedReply reply);
}
