package id.aduan.adapters.json;

import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.ingest.DeliveryItem;
import id.aduan.core.ingest.DeliveryParser;
import id.aduan.core.ingest.DeliveryTimes;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.ingest.NotAnInstagramDelivery;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Meta's Instagram webhook bodies in every shape INSTAGRAM.md lists: {@code changes[]} and the
 * flat Instagram-Login form, comment ids in {@code id} or {@code comment_id}, times in seconds or
 * milliseconds, {@code messaging[]} with messages, echoes, unsends and edits. Unknown fields are
 * ignored; an element that cannot be read is reported on its own and does not stop the others.
 */
public final class InstagramDeliveryParser implements DeliveryParser {

    /** Instagram's timestamps are seconds in {@code changes} entries and milliseconds in messaging. */
    private static final long MILLISECONDS_THRESHOLD = 100_000_000_000L;
    private static final String DASHBOARD_TEST_ACCOUNT = "0";
    private static final String NOT_UNICODE = "text holds a lone surrogate: not Unicode, no store takes it";

    @Override
    public List<DeliveryItem> parse(byte[] body, Instant receivedAt) throws NotAnInstagramDelivery {
        JsonValue root;
        try {
            root = JsonReader.read(body);
        } catch (IOException e) {
            throw new NotAnInstagramDelivery("body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new NotAnInstagramDelivery("body is not a JSON object");
        }
        if (!"instagram".equals(root.path("object").asText())) {
            throw new NotAnInstagramDelivery("not an Instagram webhook object (\"object\" must be \"instagram\")");
        }
        var entries = root.path("entry");
        if (!entries.isArray()) {
            throw new NotAnInstagramDelivery("\"entry\" must be an array");
        }
        var items = new ArrayList<DeliveryItem>();
        for (int i = 0; i < entries.size(); i++) {
            readEntry(entries.get(i), "entry[" + i + "]", receivedAt, items);
        }
        return items;
    }

    private void readEntry(JsonValue entry, String location, Instant receivedAt, List<DeliveryItem> items) {
        var account = entry.path("id").asText("");
        if (account.isEmpty()) {
            items.add(new DeliveryItem.Malformed(location, "entry has no id"));
            return;
        }
        var stamp = new Stamp(time(entry.path("time"), receivedAt), receivedAt);
        boolean found = false;
        if (entry.path("changes").isArray()) {
            var changes = entry.path("changes");
            for (int j = 0; j < changes.size(); j++) {
                items.add(readChange(account, changes.get(j), location + ".changes[" + j + "]", stamp));
            }
            found = true;
        }
        if (entry.has("field") && entry.has("value")) {
            items.add(readChange(account, entry, location, stamp));
            found = true;
        }
        if (entry.path("messaging").isArray()) {
            var messaging = entry.path("messaging");
            for (int j = 0; j < messaging.size(); j++) {
                items.add(readMessaging(account, messaging.get(j), location + ".messaging[" + j + "]", stamp));
            }
            found = true;
        }
        if (!found) {
            items.add(new DeliveryItem.Malformed(location, "entry has no changes and no messaging"));
        }
    }

    private DeliveryItem readChange(String account, JsonValue change, String location, Stamp stamp) {
        var field = change.path("field").asText("");
        var value = change.path("value");
        if (!value.isObject()) {
            return new DeliveryItem.Malformed(location, "change has no value object");
        }
        if (holdsLoneSurrogate(value)) {
            return new DeliveryItem.Malformed(location, NOT_UNICODE);
        }
        if (DASHBOARD_TEST_ACCOUNT.equals(account)) {
            return new DeliveryItem.Change(location, new InstagramChange.DashboardTest(field, stamp.at()));
        }
        try {
            return new DeliveryItem.Change(location, switch (field) {
                case "comments", "live_comments" -> comment(account, value, field.equals("live_comments"), stamp);
                case "mentions" -> mention(account, value, stamp);
                case "messages", "message_edit" -> message(account, value, stamp);
                default -> new InstagramChange.Unsupported(account, field.isEmpty() ? "unnamed field" : field, stamp.at());
            });
        } catch (UnreadableChange e) {
            return new DeliveryItem.Malformed(location, e.getMessage());
        }
    }

    private DeliveryItem readMessaging(String account, JsonValue messaging, String location, Stamp stamp) {
        if (holdsLoneSurrogate(messaging)) {
            return new DeliveryItem.Malformed(location, NOT_UNICODE);
        }
        try {
            return new DeliveryItem.Change(location, message(account, messaging, stamp));
        } catch (UnreadableChange e) {
            return new DeliveryItem.Malformed(location, e.getMessage());
        }
    }

    private static InstagramChange comment(String account, JsonValue value, boolean live, Stamp at)
            throws UnreadableChange {
        var id = text(value, "id");
        if (id == null) {
            id = text(value, "comment_id");
        }
        if (id == null) {
            throw new UnreadableChange("comment has neither id nor comment_id");
        }
        var from = value.path("from");
        var authorId = text(from, "id");
        if (authorId == null) {
            throw new UnreadableChange("comment has no from.id");
        }
        var parentId = text(value, "parent_id");
        if (authorId.equals(account) || from.hasNonNull("self_ig_scoped_id")) {
            return new InstagramChange.OwnComment(account, id, parentId, text(value, "text"), at.at());
        }
        var media = value.path("media");
        return new InstagramChange.CitizenComment(account, id, parentId, new Reporter(authorId, text(from, "username")),
                text(value, "text"), text(media, "id"), text(media, "media_product_type"), live, at.at(), at.replaced());
    }

    /**
     * JSON's {@code \\ud800} escapes let a text carry half a surrogate pair, which is no Unicode text:
     * DynamoDB refuses it however often it is sent, so the change is unreadable.
     */
    private static boolean holdsLoneSurrogate(JsonValue node) {
        if (node.isTextual()) {
            var text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
        for (JsonValue child : node) {
            if (holdsLoneSurrogate(child)) {
                return true;
            }
        }
        return false;
    }

    private static InstagramChange mention(String account, JsonValue value, Stamp at) throws UnreadableChange {
        var mediaId = text(value, "media_id");
        if (mediaId == null) {
            throw new UnreadableChange("mention has no media_id");
        }
        return new InstagramChange.Mention(account, text(value, "comment_id"), mediaId, at.at(), at.replaced());
    }

    private static InstagramChange message(String account, JsonValue item, Stamp entryStamp) throws UnreadableChange {
        var senderId = text(item.path("sender"), "id");
        var recipientId = text(item.path("recipient"), "id");
        var stamp = new Stamp(time(item.path("timestamp"), entryStamp.claimed()), entryStamp.receivedAt());
        var at = stamp.at();
        if (item.has("message_edit")) {
            var edit = item.path("message_edit");
            var mid = required(edit, "mid", "message_edit");
            return new InstagramChange.MessageEdit(account, mid, senderOrFail(senderId), text(edit, "text"),
                    edit.path("num_edit").asInt(1), at);
        }
        if (!item.has("message")) {
            var kind = item.has("read") ? "read" : item.has("reaction") ? "reaction" : item.has("postback")
                    ? "postback" : item.has("referral") ? "referral" : "messaging event";
            return new InstagramChange.Unsupported(account, kind, at);
        }
        var message = item.path("message");
        var mid = required(message, "mid", "message");
        if (message.path("is_echo").asBoolean(false) || account.equals(senderId)) {
            if (recipientId == null) {
                throw new UnreadableChange("echo has no recipient.id");
            }
            return new InstagramChange.EchoMessage(account, mid, recipientId, text(message, "text"), at);
        }
        if (message.path("is_deleted").asBoolean(false)) {
            return new InstagramChange.MessageUnsent(account, mid, senderOrFail(senderId), at);
        }
        var attachments = new ArrayList<MediaRef>();
        for (JsonValue attachment : message.path("attachments")) {
            attachments.add(MediaRef.attachment(attachment.path("type").asText("unknown"),
                    text(attachment.path("payload"), "url")));
        }
        if (message.path("is_unsupported").asBoolean(false)) {
            attachments.add(MediaRef.attachment("unsupported", null));
        }
        return new InstagramChange.CitizenMessage(account, mid, senderOrFail(senderId), text(message, "text"),
                attachments, text(message.path("reply_to"), "mid"), at, stamp.replaced());
    }

    private static String senderOrFail(String senderId) throws UnreadableChange {
        if (senderId == null) {
            throw new UnreadableChange("message has no sender.id");
        }
        return senderId;
    }

    private static String required(JsonValue node, String field, String what) throws UnreadableChange {
        var value = text(node, field);
        if (value == null) {
            throw new UnreadableChange(what + " has no " + field);
        }
        return value;
    }

    /** A field as text; numbers count too (ids arrive as strings, but the dashboard test has sent numbers). */
    private static String text(JsonValue node, String field) {
        var value = node.path(field);
        if (value.isTextual() || value.isNumber()) {
            var text = value.asText();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static Instant time(JsonValue value, Instant fallback) {
        if (!value.canConvertToLong()) {
            return fallback;
        }
        long number = value.asLong();
        return number >= MILLISECONDS_THRESHOLD ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
    }

    /** The time Instagram gave a change and the time the delivery was received: the first when it can be true. */
    private record Stamp(Instant claimed, Instant receivedAt) {

        Instant at() {
            return DeliveryTimes.plausible(claimed, receivedAt);
        }

        /** The time Instagram gave, when it could not be true and was replaced; null otherwise. */
        Instant replaced() {
            return DeliveryTimes.isPlausible(claimed, receivedAt) ? null : claimed;
        }
    }

    /** One element of a delivery cannot be read; it is reported without stopping the others. */
    private static final class UnreadableChange extends Exception {
        UnreadableChange(String message) {
            super(message, null, false, false);
        }
    }
}
