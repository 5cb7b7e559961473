package id.aduan.adapters.sqs;

import id.aduan.adapters.json.JsonReader;
import id.aduan.adapters.json.JsonValue;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.TemplateKey;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * The reply queue's message body:
 * <pre>{"tenant", "replyId", "complaintId", "method", "text", "template"?, "requestedBy": {"kind","id","name"?}, "requestedAt"}</pre>
 */
public final class QueuedReplyJson {

    private QueuedReplyJson() {
    }

    /** The body of {@code tenant}'s reply: the reply sender acts on that government's complaint. */
    public static String write(Tenant tenant, QueuedReply reply) {
        var body = new LinkedHashMap<String, Object>();
        body.put("tenant", tenant.id());
        body.put("replyId", reply.replyId());
        body.put("complaintId", reply.complaintId().value());
        body.put("method", reply.method().name());
        body.put("text", reply.text());
        if (reply.template() != null) {
            body.put("template", reply.template().name());
        }
        var actor = new LinkedHashMap<String, String>();
        actor.put("kind", reply.requestedBy().kind().name());
        actor.put("id", reply.requestedBy().id());
        if (reply.requestedBy().name() != null) {
            actor.put("name", reply.requestedBy().name());
        }
        body.put("requestedBy", actor);
        body.put("requestedAt", reply.requestedAt().toString());
        return JsonWriter.write(body);
    }

    /** A queued reply and the government whose complaint it answers. */
    public record TenantReply(Tenant tenant, QueuedReply reply) {
    }

    /** Reads a message body; throws {@link IllegalArgumentException} for one that is not a queued reply. */
    public static QueuedReply read(String body) {
        return reply(parse(body));
    }

    /**
     * Reads a message body and its tenant, the stack's first for a message queued before replies named one;
     * throws {@link IllegalArgumentException} for one that is not a queued reply or names a tenant
     * {@code tenants} does not hold.
     */
    public static TenantReply read(String body, Tenants tenants) {
        var node = parse(body);
        var reply = reply(node);
        if (!node.hasNonNull("tenant")) {
            return new TenantReply(tenants.first(), reply);
        }
        var named = node.get("tenant").asText();
        return tenants.named(named).map(tenant -> new TenantReply(tenant, reply))
                .orElseThrow(() -> new IllegalArgumentException(
                        "reply message names tenant " + named + ", which the stack does not serve"));
    }

    private static JsonValue parse(String body) {
        try {
            return JsonReader.read(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("reply message is not JSON", e);
        }
    }

    private static QueuedReply reply(JsonValue node) {
        try {
            var actor = node.path("requestedBy");
            return new QueuedReply(required(node, "replyId"), new ComplaintId(required(node, "complaintId")),
                    ReplyMethod.valueOf(required(node, "method")), required(node, "text"),
                    node.hasNonNull("template") ? TemplateKey.valueOf(node.get("template").asText()) : null,
                    new Actor(Actor.Kind.valueOf(required(actor, "kind")), required(actor, "id"),
                            actor.hasNonNull("name") ? actor.get("name").asText() : null),
                    Instant.parse(required(node, "requestedAt")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("reply message is malformed: " + e.getMessage(), e);
        }
    }

    private static String required(JsonValue node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("missing " + field);
        }
        return node.get(field).asText();
    }
}
