package id.aduan.core.alert;

import id.aduan.core.kernel.Deadline;

/** Posts a message to a chat, retrying what can be retried while {@code deadline} allows. */
public interface ChatPoster {

    /** Throws {@link ChatPostFailed} when the message did not get through. */
    void post(ChatTarget target, String message, Deadline deadline);

    /** The chat refused the message or stayed unreachable; the reason never includes a secret. */
    final class ChatPostFailed extends RuntimeException {
        public ChatPostFailed(String reason) {
            super(reason);
        }
    }
}
