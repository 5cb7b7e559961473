package id.aduan.adapters.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The stored claim of an Instagram object ({@code <t>#IG#<claim key>} / {@code IG}). */
final class ClaimItem {
    String pk;
    String sk;
    String complaintId;
    /** The complaint's correlation id, which the lines of a reply to this message carry. */
    String correlationId;
    String reporterId;
    String messageSentAt;
    Boolean opening;
    String pendingText;
    Integer pendingEditNumber;
    Boolean pendingUnsent;
    String pendingAt;
    Long expiresAt;

    static final StaticTableSchema<ClaimItem> SCHEMA = Attributes.of(ClaimItem.class, ClaimItem::new,
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
}
