package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.kernel.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a work-queue query reads the table: the narrowest index its criteria allow (assignee, else
 * unit, else status), the sort-key range from the received-time bounds, and the rest as a filter.
 */
record QueryPlan(Keys.TenantKeys keys, String index, String partitionAttribute, Bounds bounds, Filter filter,
                 ComplaintQuery query) {

    static QueryPlan of(Keys.TenantKeys keys, ComplaintQuery query) {
        var filter = new Filter();
        String index;
        String attribute;
        if (query.assigneeId() != null) {
            index = Keys.BY_ASSIGNEE_INDEX;
            attribute = Keys.BY_ASSIGNEE_PK;
            filter.equal("unit", query.unit());
        } else if (query.unit() != null) {
            index = Keys.BY_UNIT_INDEX;
            attribute = Keys.BY_UNIT_PK;
        } else {
            index = Keys.BY_STATUS_INDEX;
            attribute = Keys.BY_STATUS_PK;
        }
        filter.equal("priority", query.priority() == null ? null : query.priority().name());
        filter.equal("category", query.category());
        filter.equal("channel", query.channel() == null ? null : query.channel().name());
        if (query.slaAtRiskBy() != null) {
            filter.add("#risk <= :riskBy", "#risk", Keys.SLA_RISK_AT, ":riskBy", Keys.time(query.slaAtRiskBy()));
        }
        if (query.suggestedComplaint() != null) {
            filter.nested("triage", "complaint", query.suggestedComplaint().toString());
        }
        if (query.suggestedUnit() != null) {
            filter.nested("triage", "unit", query.suggestedUnit());
        }
        if (query.textContains() != null) {
            filter.add("contains(#search, :search)", "#search",
                    query.maskedTextOnly() ? Keys.MASKED_SEARCH_TEXT : Keys.SEARCH_TEXT, ":search", query.textContains());
        }
        var bounds = new Bounds(query.receivedFrom() == null ? null : Keys.time(query.receivedFrom()),
                query.receivedBefore() == null ? null : Keys.time(query.receivedBefore()));
        return new QueryPlan(keys, index, attribute, bounds, filter, query);
    }

    String partitionKey(Status status) {
        return switch (partitionAttribute) {
            case Keys.BY_ASSIGNEE_PK -> keys.assigneeQueue(query.assigneeId(), status.name());
            case Keys.BY_UNIT_PK -> keys.unitQueue(query.unit(), status.name());
            default -> keys.statusQueue(status.name());
        };
    }

    /**
     * An inclusive range of sort keys; null leaves a side open. Sort keys ({@code <time>#<id>}) all
     * have one length, which lets an exclusive bound be written as an inclusive one: just after a key
     * is the key with any character appended, just before it the key with its last character lowered.
     */
    record Bounds(String low, String high) {

        /** The bounds of what is left after {@code frontier}, reading in the given order. */
        Bounds after(String frontier, boolean newestFirst) {
            if (frontier == null) {
                return this;
            }
            if (newestFirst) {
                var below = frontier.substring(0, frontier.length() - 1)
                        + (char) (frontier.charAt(frontier.length() - 1) - 1);
                return new Bounds(low, high == null || below.compareTo(high) < 0 ? below : high);
            }
            var above = frontier + "#";
            return new Bounds(low == null || above.compareTo(low) > 0 ? above : low, high);
        }

        /** The sort-key part of the key condition, with its values added to {@code values}. */
        String condition(Map<String, AttributeValue> values) {
            if (low != null) {
                values.put(":low", AttributeValue.fromS(low));
            }
            if (high != null) {
                values.put(":high", AttributeValue.fromS(high));
            }
            if (low != null && high != null) {
                return " AND #sk BETWEEN :low AND :high";
            }
            return low != null ? " AND #sk >= :low" : high != null ? " AND #sk <= :high" : "";
        }
    }

    /** The criteria no key can serve, as one filter expression. */
    static final class Filter {
        private final List<String> terms = new ArrayList<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, AttributeValue> values = new HashMap<>();

        void equal(String attribute, String value) {
            if (value != null) {
                add("#" + attribute + " = :" + attribute, "#" + attribute, attribute, ":" + attribute, value);
            }
        }

        /** A value inside a map attribute: triage's suggestion is stored as one ({@code triage.unit}). */
        void nested(String attribute, String key, String value) {
            var placeholder = ":" + attribute + "_" + key;
            terms.add("#" + attribute + ".#" + attribute + "_" + key + " = " + placeholder);
            names.put("#" + attribute, attribute);
            names.put("#" + attribute + "_" + key, key);
            values.put(placeholder, AttributeValue.fromS(value));
        }

        void add(String term, String name, String attribute, String placeholder, String value) {
            terms.add(term);
            names.put(name, attribute);
            values.put(placeholder, AttributeValue.fromS(value));
        }

        boolean isEmpty() {
            return terms.isEmpty();
        }

        String expression() {
            return String.join(" AND ", terms);
        }

        Map<String, String> names() {
            return names;
        }

        Map<String, AttributeValue> values() {
            return values;
        }
    }
}
