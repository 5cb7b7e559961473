package id.aduan.adapters.dynamodb;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Once per tenant, for a deployment upgraded from before these attributes were written: gives every complaint stored
 * without them what newer code expects of it. A closed or rejected complaint gets its key in the
 * {@code <t>#ERASE} due partition (so the retention job finds it), a complaint of a known reporter its
 * {@code REPORTERPK} (the {@code ByReporter} index), and every complaint its {@code maskedSearchText}
 * (the search of staff who may not see personal data), each computed as the adapters compute it today.
 *
 * <p>It reads the complaints page by page and writes only the attributes a complaint lacks, on the
 * condition that its revision is still the one read: a complaint changed meanwhile is left alone and
 * counted, and since the change writes the attributes anyway, nothing is overwritten. It is idempotent:
 * run again (after an interruption, too) it finds only what is still missing.
 */
public final class ComplaintBackfill {

    private static final int PAGE = 100;

    /** What a run found and did; {@code raced} complaints changed between the read and the write. */
    public record Report(long complaints, long backfilled, long raced, Map<String, Long> attributes) {
    }

    private final DynamoDbClient client;
    private final String table;
    private final Keys.TenantKeys keys;

    /** Backfills the complaints of the tenant {@code table} is bound to. */
    public ComplaintBackfill(ComplaintTable table) {
        this.client = table.client;
        this.table = table.name;
        this.keys = table.tenantKeys(ComplaintBackfill.class);
    }

    /** Backfills every complaint (with {@code dryRun}, only counts); {@code page} hears after each page. */
    public Report run(boolean dryRun, Consumer<Report> page) {
        long complaints = 0;
        long backfilled = 0;
        long raced = 0;
        var attributes = new LinkedHashMap<String, Long>();
        var pages = client.scanPaginator(request -> request.tableName(table).limit(PAGE)
                .filterExpression("#sk = :meta AND begins_with(#pk, :complaint)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":meta", AttributeValue.fromS(Keys.COMPLAINT_SK),
                        ":complaint", AttributeValue.fromS(keys.complaintPrefix()))));
        for (var response : pages) {
            for (Map<String, AttributeValue> stored : response.items()) {
                complaints++;
                var missing = missing(stored);
                if (missing.isEmpty()) {
                    continue;
                }
                if (dryRun || write(stored, missing)) {
                    backfilled++;
                    missing.keySet().forEach(name -> attributes.merge(name, 1L, Long::sum));
                } else {
                    raced++;
                }
            }
            page.accept(new Report(complaints, backfilled, raced, Map.copyOf(attributes)));
        }
        return new Report(complaints, backfilled, raced, Map.copyOf(attributes));
    }

    /** The attributes the complaint's item lacks that writing it today would give it. */
    private Map<String, AttributeValue> missing(Map<String, AttributeValue> stored) {
        var today = ItemMapping.toItem(keys, ItemMapping.toComplaint(ComplaintItem.SCHEMA.mapToItem(stored)));
        var lacking = new ComplaintItem();
        if (!stored.containsKey(Keys.BY_REPORTER_PK)) {
            lacking.reporterPartition = today.reporterPartition;
        }
        if (!stored.containsKey(Keys.MASKED_SEARCH_TEXT)) {
            lacking.maskedSearchText = today.maskedSearchText;
        }
        if (!stored.containsKey(Keys.DUE_PK) && keys.erasurePartition().equals(today.duePartition)) {
            lacking.duePartition = today.duePartition;
            lacking.dueOrder = today.dueOrder;
        }
        return ComplaintItem.SCHEMA.itemToMap(lacking);
    }

    private boolean write(Map<String, AttributeValue> stored, Map<String, AttributeValue> missing) {
        var names = new HashMap<String, String>();
        var values = new HashMap<String, AttributeValue>();
        var sets = new StringBuilder();
        int n = 0;
        for (var attribute : missing.entrySet()) {
            names.put("#a" + n, attribute.getKey());
            values.put(":a" + n, attribute.getValue());
            sets.append(n == 0 ? "SET " : ", ").append("#a").append(n).append(" = :a").append(n);
            n++;
        }
        names.put("#revision", "revision");
        String condition;
        if (stored.containsKey("revision")) {
            values.put(":revision", stored.get("revision"));
            condition = "#revision = :revision";
        } else {
            condition = "attribute_exists(#pk) AND attribute_not_exists(#revision)";
            names.put("#pk", Keys.PK);
        }
        try {
            client.updateItem(request -> request.tableName(table)
                    .key(Map.of(Keys.PK, stored.get(Keys.PK), Keys.SK, stored.get(Keys.SK)))
                    .updateExpression(sets.toString()).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }
}
