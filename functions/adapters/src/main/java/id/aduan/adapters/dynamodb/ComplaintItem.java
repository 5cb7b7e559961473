package id.aduan.adapters.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The stored form of a complaint's current state ({@code C#<id>} / {@code META}). */
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
    Long version;
    String statusQueue;
    String queueOrder;

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
            .longNumber("version", i -> i.version, (i, v) -> i.version = v)
            .string(Keys.BY_STATUS_PK, i -> i.statusQueue, (i, v) -> i.statusQueue = v,
                    StaticAttributeTags.secondaryPartitionKey(Keys.BY_STATUS_INDEX))
            .string(Keys.BY_STATUS_SK, i -> i.queueOrder, (i, v) -> i.queueOrder = v,
                    StaticAttributeTags.secondarySortKey(Keys.BY_STATUS_INDEX))
            .build();
}
