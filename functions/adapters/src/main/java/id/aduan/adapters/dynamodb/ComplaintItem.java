package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<ComplaintItem> SCHEMA = Attributes.of(ComplaintItem.class, ComplaintItem::new,
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
            .string(Keys.DUPLICATES_PK, i -> i.duplicatePartition, (i, v) -> i.duplicatePartition = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.DUPLICATES_INDEX))
            .string(Keys.DUPLICATES_SK, i -> i.duplicateOrder, (i, v) -> i.duplicateOrder = v,
                    StaticAttributeTags.secondarySortKey(Keys.DUPLICATES_INDEX))
            .string(Keys.BY_STATUS_PK, i -> i.statusQueue, (i, v) -> i.statusQueue = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_STATUS_INDEX))
            .string(Keys.BY_STATUS_SK, i -> i.queueOrder, (i, v) -> i.queueOrder = v,
                    StaticAttributeTags.secondarySortKey(List.of(Keys.BY_STATUS_INDEX, Keys.BY_UNIT_INDEX,
                            Keys.BY_ASSIGNEE_INDEX, Keys.BY_REPORTER_INDEX)))
            .string(Keys.BY_UNIT_PK, i -> i.unitQueue, (i, v) -> i.unitQueue = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_UNIT_INDEX))
            .string(Keys.BY_ASSIGNEE_PK, i -> i.assigneeQueue, (i, v) -> i.assigneeQueue = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_ASSIGNEE_INDEX))
            .string(Keys.BY_REPORTER_PK, i -> i.reporterPartition, (i, v) -> i.reporterPartition = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_REPORTER_INDEX))
            .string(Keys.PERIOD_PK, i -> i.period, (i, v) -> i.period = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_PERIOD_INDEX))
            .string(Keys.PERIOD_SK, i -> i.periodOrder, (i, v) -> i.periodOrder = v,
                    StaticAttributeTags.secondarySortKey(Keys.BY_PERIOD_INDEX))
            .string(Keys.SLA_RISK_AT, i -> i.slaRiskAt, (i, v) -> i.slaRiskAt = v)
            .string(Keys.SEARCH_TEXT, i -> i.searchText, (i, v) -> i.searchText = v)
            .string(Keys.MASKED_SEARCH_TEXT, i -> i.maskedSearchText, (i, v) -> i.maskedSearchText = v)
            .build();
}
