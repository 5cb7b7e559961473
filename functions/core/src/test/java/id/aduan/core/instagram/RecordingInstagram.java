package id.aduan.core.instagram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Instagram for tests: records every call in words ({@code "public reply under 1790…"}) and answers it,
 * with success or with the one failure it was told to give. A test asserts on {@link #calls()} what
 * was asked of Instagram, so no method has to throw for calls a test did not expect.
 */
public final class RecordingInstagram implements InstagramClient {

    /** When a mentioned comment or media Instagram hands back was posted. */
    public static final Instant MENTIONED_AT = Instant.parse("2026-03-09T03:00:00Z");

    private final String commentAuthor;
    private final String mentionText;
    private final Optional<GraphFailure> refusal;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong sent = new AtomicLong(17950888000000L);

    /** @param commentAuthor the citizen a private reply reaches: Instagram answers with their id */
    public RecordingInstagram(String commentAuthor) {
        this(commentAuthor, "", Optional.empty());
    }

    private RecordingInstagram(String commentAuthor, String mentionText, Optional<GraphFailure> refusal) {
        this.commentAuthor = commentAuthor;
        this.mentionText = mentionText;
        this.refusal = refusal;
    }

    /** Instagram handing back {@code text} for every mentioned comment or caption, written by "warga". */
    public static RecordingInstagram mentioning(String text) {
        return new RecordingInstagram("", text, Optional.empty());
    }

    /** Instagram refusing every call with {@code failure}. */
    public static RecordingInstagram refusing(GraphFailure failure) {
        return new RecordingInstagram("", "", Optional.of(failure));
    }

    /** Instagram refusing every call for good ({@link GraphFailure.Kind#INVALID}), as for a deleted comment. */
    public static RecordingInstagram refusingAsInvalid() {
        return refusing(failure(GraphFailure.Kind.INVALID, "comment not found", Optional.empty()));
    }

    /** A failure of {@code kind} as Meta words it, asking to wait {@code retryAfter} when given. */
    public static GraphFailure failure(GraphFailure.Kind kind, String message, Optional<Duration> retryAfter) {
        return new GraphFailure(kind, message, OptionalInt.of(400), OptionalInt.of(100), OptionalInt.empty(),
                Optional.empty(), retryAfter.isPresent(), retryAfter);
    }

    /** Every call so far, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public GraphResult<String> replyToComment(String commentId, CommentText text) {
        return answer("public reply under " + commentId, () -> Long.toString(sent.incrementAndGet()));
    }

    @Override
    public GraphResult<SentMessage> sendDirectMessage(String recipientIgsid, DirectMessageText text,
                                                      MessagingWindow window) {
        return answer("message to " + recipientIgsid, () -> new SentMessage(recipientIgsid, "m_" + sent.incrementAndGet()));
    }

    @Override
    public GraphResult<SentMessage> sendPrivateReply(String commentId, DirectMessageText text) {
        return answer("private reply to " + commentId, () -> new SentMessage(commentAuthor, "m_" + sent.incrementAndGet()));
    }

    @Override
    public GraphResult<String> hideComment(String commentId) {
        return answer("hide " + commentId, () -> commentId);
    }

    @Override
    public GraphResult<String> unhideComment(String commentId) {
        return answer("unhide " + commentId, () -> commentId);
    }

    @Override
    public GraphResult<Mention> fetchMentionedComment(String commentId) {
        return answer("mentioned comment " + commentId, () -> new Mention(commentId, mentionText, "warga", MENTIONED_AT));
    }

    @Override
    public GraphResult<Mention> fetchMentionedMedia(String mediaId) {
        return answer("mentioned media " + mediaId, () -> new Mention(mediaId, mentionText, "warga", MENTIONED_AT));
    }

    private <T> GraphResult<T> answer(String call, Supplier<T> success) {
        calls.add(call);
        return refusal.<GraphResult<T>>map(GraphResult::failure).orElseGet(() -> GraphResult.success(success.get()));
    }
}
