package id.aduan.adapters.dynamodb;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Every item type's attributes as its static schema declared them before it was mapped by hand. */
final class ItemDeclarations {

    private ItemDeclarations() {
    }

    static final DeclaredItem<AlertItem> ALERT = DeclaredItem.of(AlertItem.class, AlertItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("kind", i -> i.kind, (i, v) -> i.kind = v)
            .string("subject", i -> i.subject, (i, v) -> i.subject = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .stringMap("attributes", i -> i.attributes, (i, v) -> i.attributes = v)
            .string("raisedAt", i -> i.raisedAt, (i, v) -> i.raisedAt = v)
            .string("publishedAt", i -> i.publishedAt, (i, v) -> i.publishedAt = v)
            .integer("attempts", i -> i.attempts, (i, v) -> i.attempts = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .build();

    static final DeclaredItem<ClaimItem> CLAIM = DeclaredItem.of(ClaimItem.class, ClaimItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("correlationId", i -> i.correlationId, (i, v) -> i.correlationId = v)
            .string("reporterId", i -> i.reporterId, (i, v) -> i.reporterId = v)
            .string("messageSentAt", i -> i.messageSentAt, (i, v) -> i.messageSentAt = v)
            .bool("opening", i -> i.opening, (i, v) -> i.opening = v)
            .string("pendingText", i -> i.pendingText, (i, v) -> i.pendingText = v)
            .integer("pendingEditNumber", i -> i.pendingEditNumber, (i, v) -> i.pendingEditNumber = v)
            .bool("pendingUnsent", i -> i.pendingUnsent, (i, v) -> i.pendingUnsent = v)
            .string("pendingAt", i -> i.pendingAt, (i, v) -> i.pendingAt = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .build();

    static final DeclaredItem<ComplaintItem> COMPLAINT = DeclaredItem.of(ComplaintItem.class, ComplaintItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("id", i -> i.id, (i, v) -> i.id = v)
            .string("trackingCode", i -> i.trackingCode, (i, v) -> i.trackingCode = v)
            .string("status", i -> i.status, (i, v) -> i.status = v)
            .string("channel", i -> i.channel, (i, v) -> i.channel = v)
            .string("account", i -> i.account, (i, v) -> i.account = v)
            .string("reporterId", i -> i.reporterId, (i, v) -> i.reporterId = v)
            .string("reporterUsername", i -> i.reporterUsername, (i, v) -> i.reporterUsername = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .stringMaps("media", i -> i.media, (i, v) -> i.media = v)
            .string("replyTargetKind", i -> i.replyTargetKind, (i, v) -> i.replyTargetKind = v)
            .string("replyTargetId", i -> i.replyTargetId, (i, v) -> i.replyTargetId = v)
            .string("receivedAt", i -> i.receivedAt, (i, v) -> i.receivedAt = v)
            .string("lastMessageAt", i -> i.lastMessageAt, (i, v) -> i.lastMessageAt = v)
            .integer("messageCount", i -> i.messageCount, (i, v) -> i.messageCount = v)
            .bool("contentPending", i -> i.contentPending, (i, v) -> i.contentPending = v)
            .string("firstResponseAt", i -> i.firstResponseAt, (i, v) -> i.firstResponseAt = v)
            .string("lastResponseAt", i -> i.lastResponseAt, (i, v) -> i.lastResponseAt = v)
            .stringMap("triage", i -> i.triage, (i, v) -> i.triage = v)
            .string("unit", i -> i.unit, (i, v) -> i.unit = v)
            .string("category", i -> i.category, (i, v) -> i.category = v)
            .string("priority", i -> i.priority, (i, v) -> i.priority = v)
            .string("assigneeId", i -> i.assigneeId, (i, v) -> i.assigneeId = v)
            .string("assigneeName", i -> i.assigneeName, (i, v) -> i.assigneeName = v)
            .nestedMaps("clocks", i -> i.clocks, (i, v) -> i.clocks = v)
            .string("rejectionReason", i -> i.rejectionReason, (i, v) -> i.rejectionReason = v)
            .string("rejectionNote", i -> i.rejectionNote, (i, v) -> i.rejectionNote = v)
            .string("rejectionReferral", i -> i.rejectionReferral, (i, v) -> i.rejectionReferral = v)
            .string("duplicateOf", i -> i.duplicateOf, (i, v) -> i.duplicateOf = v)
            .string("statusBeforeInfoRequest", i -> i.statusBeforeInfoRequest, (i, v) -> i.statusBeforeInfoRequest = v)
            .string("resolvedAt", i -> i.resolvedAt, (i, v) -> i.resolvedAt = v)
            .string("objectionEndsAt", i -> i.objectionEndsAt, (i, v) -> i.objectionEndsAt = v)
            .longNumber("version", i -> i.version, (i, v) -> i.version = v)
            .longNumber("revision", i -> i.revision, (i, v) -> i.revision = v)
            .string("signature", i -> i.signature, (i, v) -> i.signature = v)
            .strings("places", i -> i.places, (i, v) -> i.places = v)
            .string("threadKey", i -> i.threadKey, (i, v) -> i.threadKey = v)
            .string("topic", i -> i.topic, (i, v) -> i.topic = v)
            .string("correlationId", i -> i.correlationId, (i, v) -> i.correlationId = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .string(Keys.DUPLICATES_PK, i -> i.duplicatePartition, (i, v) -> i.duplicatePartition = v)
            .string(Keys.DUPLICATES_SK, i -> i.duplicateOrder, (i, v) -> i.duplicateOrder = v)
            .string(Keys.BY_STATUS_PK, i -> i.statusQueue, (i, v) -> i.statusQueue = v)
            .string(Keys.BY_STATUS_SK, i -> i.queueOrder, (i, v) -> i.queueOrder = v)
            .string(Keys.BY_UNIT_PK, i -> i.unitQueue, (i, v) -> i.unitQueue = v)
            .string(Keys.BY_ASSIGNEE_PK, i -> i.assigneeQueue, (i, v) -> i.assigneeQueue = v)
            .string(Keys.BY_REPORTER_PK, i -> i.reporterPartition, (i, v) -> i.reporterPartition = v)
            .string(Keys.PERIOD_PK, i -> i.period, (i, v) -> i.period = v)
            .string(Keys.PERIOD_SK, i -> i.periodOrder, (i, v) -> i.periodOrder = v)
            .string(Keys.SLA_RISK_AT, i -> i.slaRiskAt, (i, v) -> i.slaRiskAt = v)
            .string(Keys.SEARCH_TEXT, i -> i.searchText, (i, v) -> i.searchText = v)
            .string(Keys.MASKED_SEARCH_TEXT, i -> i.maskedSearchText, (i, v) -> i.maskedSearchText = v)
            .build();

    static final DeclaredItem<ConfigItem> CONFIG = DeclaredItem.of(ConfigItem.class, ConfigItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("body", i -> i.body, (i, v) -> i.body = v)
            .longNumber("version", i -> i.version, (i, v) -> i.version = v)
            .string("updatedAt", i -> i.updatedAt, (i, v) -> i.updatedAt = v)
            .string("updatedBy", i -> i.updatedBy, (i, v) -> i.updatedBy = v)
            .build();

    static final DeclaredItem<ConfirmedRoutingItem> CONFIRMED_ROUTING = DeclaredItem.of(ConfirmedRoutingItem.class,
                    ConfirmedRoutingItem::new, i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("unit", i -> i.unit, (i, v) -> i.unit = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .build();

    static final DeclaredItem<EventItem> EVENT = DeclaredItem.of(EventItem.class, EventItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("key", i -> i.key, (i, v) -> i.key = v)
            .string("at", i -> i.at, (i, v) -> i.at = v)
            .string("actorKind", i -> i.actorKind, (i, v) -> i.actorKind = v)
            .string("actorId", i -> i.actorId, (i, v) -> i.actorId = v)
            .string("actorName", i -> i.actorName, (i, v) -> i.actorName = v)
            .string("type", i -> i.type, (i, v) -> i.type = v)
            .string("reason", i -> i.reason, (i, v) -> i.reason = v)
            .stringMap("details", i -> i.details, (i, v) -> i.details = v)
            .string(Keys.PERIOD_PK, i -> i.period, (i, v) -> i.period = v)
            .string(Keys.PERIOD_SK, i -> i.periodOrder, (i, v) -> i.periodOrder = v)
            .string("unit", i -> i.unit, (i, v) -> i.unit = v)
            .string("category", i -> i.category, (i, v) -> i.category = v)
            .build();

    static final DeclaredItem<LinkItem> LINK = DeclaredItem.of(LinkItem.class, LinkItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("correlationId", i -> i.correlationId, (i, v) -> i.correlationId = v)
            .build();

    static final DeclaredItem<MentionFetchItem> MENTION_FETCH = DeclaredItem.of(MentionFetchItem.class,
                    MentionFetchItem::new, i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("channel", i -> i.channel, (i, v) -> i.channel = v)
            .string("objectId", i -> i.objectId, (i, v) -> i.objectId = v)
            .integer("attempts", i -> i.attempts, (i, v) -> i.attempts = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .build();

    static final DeclaredItem<MessageItem> MESSAGE = DeclaredItem.of(MessageItem.class, MessageItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("instagramId", i -> i.instagramId, (i, v) -> i.instagramId = v)
            .string("channel", i -> i.channel, (i, v) -> i.channel = v)
            .string("text", i -> i.text, (i, v) -> i.text = v)
            .stringMaps("media", i -> i.media, (i, v) -> i.media = v)
            .string("sentAt", i -> i.sentAt, (i, v) -> i.sentAt = v)
            .integer("editCount", i -> i.editCount, (i, v) -> i.editCount = v)
            .bool("unsent", i -> i.unsent, (i, v) -> i.unsent = v)
            .string("instagramTime", i -> i.instagramTime, (i, v) -> i.instagramTime = v)
            .build();

    static final DeclaredItem<RawDeliveryItem> RAW_DELIVERY = DeclaredItem.of(RawDeliveryItem.class, RawDeliveryItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .bytes("body", i -> i.body, (i, v) -> i.body = v)
            .integer("bodyBytes", i -> i.bodyBytes, (i, v) -> i.bodyBytes = v)
            .integer("parts", i -> i.parts, (i, v) -> i.parts = v)
            .string("receivedAt", i -> i.receivedAt, (i, v) -> i.receivedAt = v)
            .string("status", i -> i.status, (i, v) -> i.status = v)
            .integer("attempts", i -> i.attempts, (i, v) -> i.attempts = v)
            .counts("outcomes", i -> i.outcomes, (i, v) -> i.outcomes = v)
            .strings("problems", i -> i.problems, (i, v) -> i.problems = v)
            .string("processedAt", i -> i.processedAt, (i, v) -> i.processedAt = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .dueIndexKeys(i -> i.duePartition, (i, v) -> i.duePartition = v,
                    i -> i.dueOrder, (i, v) -> i.dueOrder = v)
            .build();

    static final DeclaredItem<ReplyItem> REPLY = DeclaredItem.of(ReplyItem.class, ReplyItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("replyId", i -> i.replyId, (i, v) -> i.replyId = v)
            .string("complaintId", i -> i.complaintId, (i, v) -> i.complaintId = v)
            .string("method", i -> i.method, (i, v) -> i.method = v)
            .string("target", i -> i.target, (i, v) -> i.target = v)
            .string("conversation", i -> i.conversation, (i, v) -> i.conversation = v)
            .string("fingerprint", i -> i.fingerprint, (i, v) -> i.fingerprint = v)
            .string("state", i -> i.state, (i, v) -> i.state = v)
            .string("owner", i -> i.owner, (i, v) -> i.owner = v)
            .string("leaseUntil", i -> i.leaseUntil, (i, v) -> i.leaseUntil = v)
            .string("instagramId", i -> i.instagramId, (i, v) -> i.instagramId = v)
            .string("updatedAt", i -> i.updatedAt, (i, v) -> i.updatedAt = v)
            .longNumber(Keys.EXPIRES_AT, i -> i.expiresAt, (i, v) -> i.expiresAt = v)
            .build();

    /** Each hand mapping with its declaration. */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of(Named.of("AlertItem", AlertItem.SCHEMA), ALERT),
                Arguments.of(Named.of("ClaimItem", ClaimItem.SCHEMA), CLAIM),
                Arguments.of(Named.of("ComplaintItem", ComplaintItem.SCHEMA), COMPLAINT),
                Arguments.of(Named.of("ConfigItem", ConfigItem.SCHEMA), CONFIG),
                Arguments.of(Named.of("ConfirmedRoutingItem", ConfirmedRoutingItem.SCHEMA), CONFIRMED_ROUTING),
                Arguments.of(Named.of("EventItem", EventItem.SCHEMA), EVENT),
                Arguments.of(Named.of("LinkItem", LinkItem.SCHEMA), LINK),
                Arguments.of(Named.of("MentionFetchItem", MentionFetchItem.SCHEMA), MENTION_FETCH),
                Arguments.of(Named.of("MessageItem", MessageItem.SCHEMA), MESSAGE),
                Arguments.of(Named.of("RawDeliveryItem", RawDeliveryItem.SCHEMA), RAW_DELIVERY),
                Arguments.of(Named.of("ReplyItem", ReplyItem.SCHEMA), REPLY));
    }
}
