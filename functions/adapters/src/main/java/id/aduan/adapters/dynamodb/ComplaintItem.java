package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stored form of a complaint's current state ({@code <t>#C#<id>} / {@code META}). */
final class ComplaintItem {
    String pk;
    String sk;
    String id;
    String trackingCode;
    String status;
    String channel;
    String account;
    String reporterId;
    String reporterUsername;
    String text;
    List<Map<String, String>> media;
    String replyTargetKind;
    String replyTargetId;
    String receivedAt;
    String lastMessageAt;
    Integer messageCount;
    Boolean contentPending;
    String firstResponseAt;
    String lastResponseAt;
    Map<String, String> triage;
    String unit;
    String category;
    String priority;
    String assigneeId;
    String assigneeName;
    Map<String, Map<String, String>> clocks;
    String rejectionReason;
    String rejectionNote;
    String rejectionReferral;
    String duplicateOf;
    String statusBeforeInfoRequest;
    String resolvedAt;
    String objectionEndsAt;
    Long version;
    Long revision;
    String statusQueue;
    String queueOrder;
    String duePartition;
    String dueOrder;
    String duplicatePartition;
    String duplicateOrder;
    String unitQueue;
    String assigneeQueue;
    String reporterPartition;
    String correlationId;
    String slaRiskAt;
    String searchText;
    String maskedSearchText;
    String signature;
    List<String> places;
    String threadKey;
    String topic;
    String period;
    String periodOrder;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<ComplaintItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(ComplaintItem item) {
            return StoredAttributes.writing(54)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("id", item.id)
                    .put("trackingCode", item.trackingCode)
                    .put("status", item.status)
                    .put("channel", item.channel)
                    .put("account", item.account)
                    .put("reporterId", item.reporterId)
                    .put("reporterUsername", item.reporterUsername)
                    .put("text", item.text)
                    .putStringMaps("media", item.media)
                    .put("replyTargetKind", item.replyTargetKind)
                    .put("replyTargetId", item.replyTargetId)
                    .put("receivedAt", item.receivedAt)
                    .put("lastMessageAt", item.lastMessageAt)
                    .put("messageCount", item.messageCount)
                    .put("contentPending", item.contentPending)
                    .put("firstResponseAt", item.firstResponseAt)
                    .put("lastResponseAt", item.lastResponseAt)
                    .putStringMap("triage", item.triage)
                    .put("unit", item.unit)
                    .put("category", item.category)
                    .put("priority", item.priority)
                    .put("assigneeId", item.assigneeId)
                    .put("assigneeName", item.assigneeName)
                    .putNestedMaps("clocks", item.clocks)
                    .put("rejectionReason", item.rejectionReason)
                    .put("rejectionNote", item.rejectionNote)
                    .put("rejectionReferral", item.rejectionReferral)
                    .put("duplicateOf", item.duplicateOf)
                    .put("statusBeforeInfoRequest", item.statusBeforeInfoRequest)
                    .put("resolvedAt", item.resolvedAt)
                    .put("objectionEndsAt", item.objectionEndsAt)
                    .put("version", item.version)
                    .put("revision", item.revision)
                    .put("signature", item.signature)
                    .putStrings("places", item.places)
                    .put("threadKey", item.threadKey)
                    .put("topic", item.topic)
                    .put("correlationId", item.correlationId)
                    .put(Keys.DUE_PK, item.duePartition)
                    .put(Keys.DUE_SK, item.dueOrder)
                    .put(Keys.DUPLICATES_PK, item.duplicatePartition)
                    .put(Keys.DUPLICATES_SK, item.duplicateOrder)
                    .put(Keys.BY_STATUS_PK, item.statusQueue)
                    .put(Keys.BY_STATUS_SK, item.queueOrder)
                    .put(Keys.BY_UNIT_PK, item.unitQueue)
                    .put(Keys.BY_ASSIGNEE_PK, item.assigneeQueue)
                    .put(Keys.BY_REPORTER_PK, item.reporterPartition)
                    .put(Keys.PERIOD_PK, item.period)
                    .put(Keys.PERIOD_SK, item.periodOrder)
                    .put(Keys.SLA_RISK_AT, item.slaRiskAt)
                    .put(Keys.SEARCH_TEXT, item.searchText)
                    .put(Keys.MASKED_SEARCH_TEXT, item.maskedSearchText)
                    .attributes();
        }

        @Override
        public ComplaintItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new ComplaintItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.id = stored.string("id");
            item.trackingCode = stored.string("trackingCode");
            item.status = stored.string("status");
            item.channel = stored.string("channel");
            item.account = stored.string("account");
            item.reporterId = stored.string("reporterId");
            item.reporterUsername = stored.string("reporterUsername");
            item.text = stored.string("text");
            item.media = stored.stringMaps("media");
            item.replyTargetKind = stored.string("replyTargetKind");
            item.replyTargetId = stored.string("replyTargetId");
            item.receivedAt = stored.string("receivedAt");
            item.lastMessageAt = stored.string("lastMessageAt");
            item.messageCount = stored.integer("messageCount");
            item.contentPending = stored.flag("contentPending");
            item.firstResponseAt = stored.string("firstResponseAt");
            item.lastResponseAt = stored.string("lastResponseAt");
            item.triage = stored.stringMap("triage");
            item.unit = stored.string("unit");
            item.category = stored.string("category");
            item.priority = stored.string("priority");
            item.assigneeId = stored.string("assigneeId");
            item.assigneeName = stored.string("assigneeName");
            item.clocks = stored.nestedMaps("clocks");
            item.rejectionReason = stored.string("rejectionReason");
            item.rejectionNote = stored.string("rejectionNote");
            item.rejectionReferral = stored.string("rejectionReferral");
            item.duplicateOf = stored.string("duplicateOf");
            item.statusBeforeInfoRequest = stored.string("statusBeforeInfoRequest");
            item.resolvedAt = stored.string("resolvedAt");
            item.objectionEndsAt = stored.string("objectionEndsAt");
            item.version = stored.longNumber("version");
            item.revision = stored.longNumber("revision");
            item.signature = stored.string("signature");
            item.places = stored.strings("places");
            item.threadKey = stored.string("threadKey");
            item.topic = stored.string("topic");
            item.correlationId = stored.string("correlationId");
            item.duePartition = stored.string(Keys.DUE_PK);
            item.dueOrder = stored.string(Keys.DUE_SK);
            item.duplicatePartition = stored.string(Keys.DUPLICATES_PK);
            item.duplicateOrder = stored.string(Keys.DUPLICATES_SK);
            item.statusQueue = stored.string(Keys.BY_STATUS_PK);
            item.queueOrder = stored.string(Keys.BY_STATUS_SK);
            item.unitQueue = stored.string(Keys.BY_UNIT_PK);
            item.assigneeQueue = stored.string(Keys.BY_ASSIGNEE_PK);
            item.reporterPartition = stored.string(Keys.BY_REPORTER_PK);
            item.period = stored.string(Keys.PERIOD_PK);
            item.periodOrder = stored.string(Keys.PERIOD_SK);
            item.slaRiskAt = stored.string(Keys.SLA_RISK_AT);
            item.searchText = stored.string(Keys.SEARCH_TEXT);
            item.maskedSearchText = stored.string(Keys.MASKED_SEARCH_TEXT);
            return item;
        }
    };
}
