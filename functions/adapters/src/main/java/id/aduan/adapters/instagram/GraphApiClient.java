package id.aduan.adapters.instagram;

import id.aduan.adapters.instagram.GraphExchange.Body;
import id.aduan.adapters.instagram.GraphExchange.Effect;
import id.aduan.adapters.json.JsonValue;
import id.aduan.core.instagram.CommentText;
import id.aduan.core.instagram.DirectMessageText;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphResult;
import id.aduan.core.instagram.InstagramClient;
import id.aduan.core.instagram.Mention;
import id.aduan.core.instagram.MessagingWindow;
import id.aduan.core.instagram.SentMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Instagram Graph API, for either login flavour: which endpoint each operation calls, with what,
 * and what its answer means. Build one per container and share it: it keeps its connections open
 * between invocations. Message text travels in request bodies, never in URLs. Nothing is logged here
 * and nothing is retried: the caller decides from the {@link GraphFailure}.
 */
public final class GraphApiClient implements InstagramClient {

    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXX");

    private final GraphApiSettings settings;
    private final GraphExchange graph;

    public GraphApiClient(GraphApiSettings settings, AccessTokenSource tokens) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.graph = new GraphExchange(settings, Objects.requireNonNull(tokens, "tokens"));
    }

    @Override
    public GraphResult<String> replyToComment(String commentId, CommentText text) {
        return graph.post(GraphIds.require(commentId) + "/replies", Body.form("message", text.value()), Effect.SENDS,
                body -> text(body, "id"));
    }

    @Override
    public GraphResult<SentMessage> sendDirectMessage(String recipientIgsid, DirectMessageText text, MessagingWindow window) {
        Map<String, Object> request = messageTo("id", recipientIgsid, text);
        switch (window) {
            case STANDARD -> request.put("messaging_type", "RESPONSE");
            case HUMAN_AGENT -> {
                request.put("messaging_type", "MESSAGE_TAG");
                request.put("tag", "HUMAN_AGENT");
            }
        }
        return send(request);
    }

    @Override
    public GraphResult<SentMessage> sendPrivateReply(String commentId, DirectMessageText text) {
        return send(messageTo("comment_id", commentId, text));
    }

    @Override
    public GraphResult<String> hideComment(String commentId) {
        return setHidden(commentId, true);
    }

    @Override
    public GraphResult<String> unhideComment(String commentId) {
        return setHidden(commentId, false);
    }

    @Override
    public GraphResult<Mention> fetchMentionedComment(String commentId) {
        return fetchMention("mentioned_comment", "comment_id", commentId, "text");
    }

    @Override
    public GraphResult<Mention> fetchMentionedMedia(String mediaId) {
        return fetchMention("mentioned_media", "media_id", mediaId, "caption");
    }

    private static Map<String, Object> messageTo(String recipientField, String recipient, DirectMessageText text) {
        var request = new LinkedHashMap<String, Object>();
        request.put("recipient", Map.of(recipientField, GraphIds.require(recipient)));
        request.put("message", Map.of("text", text.value()));
        return request;
    }

    private GraphResult<SentMessage> send(Map<String, Object> request) {
        return graph.post(settings.messagingId() + "/messages", Body.json(request), Effect.SENDS,
                body -> text(body, "recipient_id").flatMap(recipient -> text(body, "message_id")
                        .map(messageId -> new SentMessage(recipient, messageId))));
    }

    private GraphResult<String> setHidden(String commentId, boolean hidden) {
        return graph.post(GraphIds.require(commentId) + "?hide=" + hidden, Body.empty(), Effect.REPEATABLE,
                body -> body.path("success").asBoolean(false) ? Optional.of(commentId) : Optional.empty());
    }

    /** A mention is read through the account with a field expansion: mentioned_comment.comment_id(…){…}. */
    private GraphResult<Mention> fetchMention(String field, String idParameter, String id, String textField) {
        String expansion = field + "." + idParameter + "(" + GraphIds.require(id) + "){id," + textField
                + ",username,timestamp}";
        return graph.get(settings.accountId() + "?fields=" + URLEncoder.encode(expansion, StandardCharsets.UTF_8),
                body -> mention(body.path(field), textField));
    }

    private static Optional<Mention> mention(JsonValue node, String textField) {
        return text(node, "id").flatMap(id -> text(node, "timestamp").flatMap(GraphApiClient::instant)
                .map(postedAt -> new Mention(id, node.path(textField).asText(""), node.path("username").asText(""),
                        postedAt)));
    }

    private static Optional<String> text(JsonValue node, String field) {
        return Optional.ofNullable(node.path(field).textValue()).filter(value -> !value.isBlank());
    }

    private static Optional<Instant> instant(String graphTime) {
        try {
            return Optional.of(OffsetDateTime.parse(graphTime, GRAPH_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
