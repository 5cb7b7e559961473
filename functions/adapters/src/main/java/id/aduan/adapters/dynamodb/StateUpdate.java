package id.aduan.adapters.dynamodb;

import id.aduan.adapters.dynamodb.Transaction.Condition;
import id.aduan.adapters.dynamodb.Transaction.Expression;
import id.aduan.core.complaint.Complaint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a complaint's new state over the revision it was read at, and moves the revision on: staff,
 * the SLA sweep, the reply sender and the mention fetcher all write this way, so of two writes based on
 * the same read only one applies and nothing is lost. The staff version is written as the new state
 * carries it; it moves only when people decide (see {@link Complaint#version()}). Only the attributes
 * the workflow, the SLA sweep and responses own are written: what ingestion keeps up to date on its own
 * (message count, last message time, text) is left alone, so a message arriving meanwhile is never
 * overwritten.
 * The index keys follow the state: the work queue, the due index (SLA deadlines, and the retention
 * job's closed complaints), the reporter index and, while the complaint is open, the duplicates index.
 */
final class StateUpdate {

    private static final String REVISION = "revision";

    private static final List<String> OWNED = List.of("status", "unit", "category", "priority", "assigneeId",
            "assigneeName", "clocks", "rejectionReason", "rejectionNote", "rejectionReferral", "duplicateOf",
            "statusBeforeInfoRequest", "resolvedAt", "objectionEndsAt", "firstResponseAt", "triage", "version", REVISION,
            Keys.BY_STATUS_PK, Keys.BY_UNIT_PK, Keys.BY_ASSIGNEE_PK, Keys.SLA_RISK_AT, Keys.DUE_PK, Keys.DUE_SK,
            "contentPending", "reporterId", "reporterUsername", "replyTargetKind", "replyTargetId", Keys.BY_REPORTER_PK);

    private StateUpdate() {
    }

    /** The new state together with a reporter message arriving: its time and one more in the count. */
    static Expression withMessage(Keys.TenantKeys keys, Complaint before, Complaint after, Instant messageSentAt) {
        return expression(keys, before, after, false, List.of(), messageSentAt);
    }

    private static Expression expression(Keys.TenantKeys keys, Complaint before, Complaint after, boolean closesDuplicateSearch,
                                         List<String> alsoWritten, Instant messageSentAt) {
        var item = ComplaintItem.SCHEMA.itemToMap(ItemMapping.toItem(keys,
                after.toBuilder().revision(before.revision() + 1).build()));
        var names = new HashMap<String, String>();
        var values = new HashMap<String, AttributeValue>();
        var set = new ArrayList<String>();
        var remove = new ArrayList<String>();
        var written = new ArrayList<>(OWNED);
        written.addAll(alsoWritten);
        for (int i = 0; i < written.size(); i++) {
            var attribute = written.get(i);
            names.put("#a" + i, attribute);
            if (item.containsKey(attribute)) {
                set.add("#a" + i + " = :v" + i);
                values.put(":v" + i, item.get(attribute));
            } else {
                remove.add("#a" + i);
            }
        }
        if (closesDuplicateSearch) {
            names.put("#dupPk", Keys.DUPLICATES_PK);
            names.put("#dupSk", Keys.DUPLICATES_SK);
            remove.add("#dupPk");
            remove.add("#dupSk");
        }
        var add = "";
        if (messageSentAt != null) {
            set.add("lastMessageAt = :lastMessageAt");
            values.put(":lastMessageAt", AttributeValue.fromS(Keys.time(messageSentAt)));
            values.put(":oneMessage", AttributeValue.fromN("1"));
            add = " ADD messageCount :oneMessage";
        }
        var expression = "SET " + String.join(", ", set) + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove))
                + add;
        return new Expression(expression, names, values);
    }

    /**
     * The write applies only to the complaint as it was read: nobody wrote it since. A complaint stored
     * before revisions were kept has none until its first write.
     */
    static Condition readAt(Complaint before) {
        var revision = AttributeValue.fromN(Long.toString(before.revision()));
        return before.revision() == 0
                ? new Condition("attribute_exists(PK) AND attribute_not_exists(#revision)",
                        Map.of("#revision", REVISION), Map.of())
                : new Condition("#revision = :expectedRevision", Map.of("#revision", REVISION),
                        Map.of(":expectedRevision", revision));
    }

    /** Adds the state change of one complaint to a transaction; returns its position. */
    static int add(Keys.TenantKeys keys, Transaction transaction, Complaint before, Complaint after) {
        return add(keys, transaction, before, after, List.of());
    }

    /**
     * As {@link #add(Keys.TenantKeys, Transaction, Complaint, Complaint)}, also writing attributes that are normally
     * ingestion's (the text, once a mention's text is fetched).
     */
    static int add(Keys.TenantKeys keys, Transaction transaction, Complaint before, Complaint after,
                   List<String> alsoWritten) {
        boolean closes = before.acceptsFollowUps() && !after.acceptsFollowUps();
        return transaction.update(keys.complaint(after.id()), Keys.COMPLAINT_SK,
                expression(keys, before, after, closes, alsoWritten, null), readAt(before));
    }
}
