package id.aduan.core.complaint;

/**
 * How a conversation with the account is named wherever it is matched: ingestion routes a reporter's
 * follow-ups and recognises the echoes of Aduan's replies by it, and the reply sender awaits each reply's
 * echo under it.
 */
public final class ConversationKey {

    private ConversationKey() {
    }

    /** A comment thread, named by its top-level comment. */
    public static String commentThread(String account, String topLevelCommentId) {
        return account + "/comment/" + topLevelCommentId;
    }

    /** The direct-message conversation of the account with one person, named by their Instagram-scoped id. */
    public static String directMessages(String account, String personId) {
        return account + "/dm/" + personId;
    }
}
