package id.aduan.core.ingest;

import id.aduan.core.complaint.ConversationKey;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.Reporter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened on the city's Instagram account, as read from a webhook delivery. Each
 * change names the Instagram object it is about ({@link #claimKey()}): claiming that key once is what
 * makes a redelivered or duplicated delivery change nothing.
 */
public sealed interface InstagramChange {

    /** The city's Instagram account the delivery is for ({@code entry.id}). */
    String account();

    Instant occurredAt();

    /** The Instagram object this change creates; unique across all changes of all kinds. */
    String claimKey();

    /**
     * Changes with the same conversation key are applied in order; different conversations are
     * independent and may be applied concurrently.
     */
    String conversationKey();

    /**
     * A citizen's comment on a post, reel or live video; {@code parentId} is set on a reply.
     * {@code instagramTime} is the time Instagram gave when it could not be true and the time received
     * was taken instead ({@link DeliveryTimes}); null otherwise. The same holds for mentions and DMs.
     */
    record CitizenComment(String account, String commentId, String parentId, Reporter author, String text,
                          String mediaId, String mediaProductType, boolean live, Instant occurredAt,
                          Instant instagramTime)
            implements InstagramChange {
        public CitizenComment {
            Objects.requireNonNull(commentId, "commentId");
            Objects.requireNonNull(author, "author");
        }

        /** Instagram threads are one level deep: a reply's parent is the top-level comment. */
        public String topLevelCommentId() {
            return parentId != null ? parentId : commentId;
        }

        public boolean isReply() {
            return parentId != null;
        }

        @Override
        public String claimKey() {
            return commentId;
        }

        @Override
        public String conversationKey() {
            return ConversationKey.commentThread(account, topLevelCommentId());
        }
    }

    /** A comment the city's own account wrote, typically a public reply to a citizen; {@code text} may be null. */
    record OwnComment(String account, String commentId, String parentId, String text, Instant occurredAt)
            implements InstagramChange {
        @Override
        public String claimKey() {
            return commentId;
        }

        @Override
        public String conversationKey() {
            return ConversationKey.commentThread(account, parentId != null ? parentId : commentId);
        }
    }

    /**
     * The account was @mentioned (Facebook Login). The delivery carries no text: the comment or the
     * media caption has to be fetched through the Graph API.
     */
    record Mention(String account, String commentId, String mediaId, Instant occurredAt, Instant instagramTime)
            implements InstagramChange {
        public boolean inCaption() {
            return commentId == null;
        }

        @Override
        public String claimKey() {
            return "mention/" + (inCaption() ? "media/" + mediaId : commentId);
        }

        @Override
        public String conversationKey() {
            return account + "/mention/" + claimKey();
        }
    }

    /** A direct message from a citizen: text, attachments, or a story mention. */
    record CitizenMessage(String account, String messageId, String senderId, String text,
                          List<MediaRef> attachments, String replyToMessageId, Instant occurredAt,
                          Instant instagramTime)
            implements InstagramChange {
        public CitizenMessage {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(senderId, "senderId");
            attachments = List.copyOf(attachments);
        }

        public boolean isStoryMention() {
            return attachments.stream().anyMatch(a -> a.type().equals("story_mention"));
        }

        @Override
        public String claimKey() {
            return messageId;
        }

        @Override
        public String conversationKey() {
            return ConversationKey.directMessages(account, senderId);
        }
    }

    /**
     * The city's own direct message, echoed back by Instagram (sent from the app or from Aduan);
     * {@code text} is null for an attachment.
     */
    record EchoMessage(String account, String messageId, String recipientId, String text, Instant occurredAt)
            implements InstagramChange {
        @Override
        public String claimKey() {
            return messageId;
        }

        @Override
        public String conversationKey() {
            return ConversationKey.directMessages(account, recipientId);
        }
    }

    /** The citizen edited an earlier message; {@code editNumber} counts the edits of that message. */
    record MessageEdit(String account, String messageId, String senderId, String text, int editNumber,
                       Instant occurredAt) implements InstagramChange {
        @Override
        public String claimKey() {
            return "edit/" + messageId + "/" + editNumber;
        }

        @Override
        public String conversationKey() {
            return ConversationKey.directMessages(account, senderId);
        }
    }

    /** The citizen unsent an earlier message. */
    record MessageUnsent(String account, String messageId, String senderId, Instant occurredAt)
            implements InstagramChange {
        @Override
        public String claimKey() {
            return "unsent/" + messageId;
        }

        @Override
        public String conversationKey() {
            return ConversationKey.directMessages(account, senderId);
        }
    }

    /** The sample Meta's dashboard sends with its "Test" button ({@code entry.id} is "0"). */
    record DashboardTest(String field, Instant occurredAt) implements InstagramChange {
        @Override
        public String account() {
            return "0";
        }

        @Override
        public String claimKey() {
            return "test";
        }

        @Override
        public String conversationKey() {
            return "test";
        }
    }

    /** A kind of change Aduan does not act on (read receipts, reactions, story insights…). */
    record Unsupported(String account, String kind, Instant occurredAt) implements InstagramChange {
        @Override
        public String claimKey() {
            return "unsupported/" + kind;
        }

        @Override
        public String conversationKey() {
            return account + "/unsupported";
        }
    }
}
