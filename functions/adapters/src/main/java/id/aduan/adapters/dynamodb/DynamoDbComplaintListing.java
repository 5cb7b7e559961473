package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintPage;
import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.desk.ComplaintListing;
import id.aduan.core.kernel.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Work queues from the three work-queue indexes (see {@link Keys}): one Query stream per status
 * partition, merged by the shared sort key. A page ends when it is full or when this request's read
 * budget is spent; the position it ends at resumes every partition at once.
 *
 * <p>Why the merge is exact: a partition's next unread item always lies after its <em>frontier</em>
 * (the last key it evaluated), so an item is returned only when no partition with unread items could
 * still hold an earlier one. When the budget runs out, the page ends at the frontier of the partition
 * furthest behind: everything up to there was returned or filtered out, so nothing is skipped.
 */
public final class DynamoDbComplaintListing implements ComplaintListing {

    /** Queries one page may make beyond one per partition: every partition is always read once. */
    static final int EXTRA_QUERIES = 8;
    /** Items one filtered Query may evaluate. */
    static final int ITEMS_PER_FILTERED_QUERY = 50;

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;
    private final int extraQueries;
    private final int itemsPerFilteredQuery;

    public DynamoDbComplaintListing(ComplaintTable table) {
        this(table, EXTRA_QUERIES, ITEMS_PER_FILTERED_QUERY);
    }

    /** With another read budget: tests reach its end with a handful of complaints. */
    DynamoDbComplaintListing(ComplaintTable table, int extraQueries, int itemsPerFilteredQuery) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbComplaintListing.class);
        this.extraQueries = extraQueries;
        this.itemsPerFilteredQuery = itemsPerFilteredQuery;
    }

    @Override
    public ComplaintPage page(ComplaintQuery query) {
        var plan = QueryPlan.of(keys, query);
        var partitions = new ArrayList<Partition>();
        for (Status status : query.statusesToRead()) {
            partitions.add(new Partition(plan.partitionKey(status), query.resumeAfter()));
        }
        int queriesLeft = partitions.size() + extraQueries;
        var page = new ArrayList<Complaint>();
        var seen = new HashSet<String>();
        String last = null;
        while (page.size() < query.limit()) {
            var next = nextToEmit(partitions, query.newestFirst());
            var behind = furthestBehind(partitions, query.newestFirst());
            if (behind.isPresent() && (next.isEmpty() || mustRead(behind.get(), next.get(), query.newestFirst()))) {
                if (queriesLeft == 0) {
                    return new ComplaintPage(page, Optional.of(behind.get().frontier));
                }
                queriesLeft--;
                read(behind.get(), plan, query, query.limit() - page.size());
                continue;
            }
            if (next.isEmpty()) {
                return new ComplaintPage(page, Optional.empty());
            }
            var item = next.get().buffer.removeFirst();
            last = item.get(Keys.BY_STATUS_SK).s();
            if (seen.add(item.get("id").s())) {
                page.add(ItemMapping.toComplaint(ComplaintItem.SCHEMA.mapToItem(item)));
            }
        }
        boolean more = partitions.stream().anyMatch(p -> !p.exhausted || !p.buffer.isEmpty());
        return new ComplaintPage(page, more ? Optional.ofNullable(last) : Optional.empty());
    }

    private void read(Partition partition, QueryPlan plan, ComplaintQuery query, int stillWanted) {
        var bounds = plan.bounds().after(partition.frontier, query.newestFirst());
        var names = new HashMap<>(plan.filter().names());
        var values = new HashMap<>(plan.filter().values());
        names.put("#pk", plan.partitionAttribute());
        values.put(":pk", AttributeValue.fromS(partition.key));
        var range = bounds.condition(values);
        if (!range.isEmpty()) {
            names.put("#sk", Keys.BY_STATUS_SK);
        }
        var condition = "#pk = :pk" + range;
        var request = QueryRequest.builder().tableName(table.name).indexName(plan.index())
                .keyConditionExpression(condition)
                .scanIndexForward(!query.newestFirst())
                .limit(plan.filter().isEmpty() ? stillWanted : itemsPerFilteredQuery)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values);
        if (!plan.filter().isEmpty()) {
            request.filterExpression(plan.filter().expression());
        }
        var response = table.client.query(request.build());
        partition.buffer.addAll(response.items());
        if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
            partition.frontier = response.lastEvaluatedKey().get(Keys.BY_STATUS_SK).s();
        } else {
            partition.exhausted = true;
        }
    }

    /** The partition whose buffered first item comes first in the page's order. */
    private static Optional<Partition> nextToEmit(List<Partition> partitions, boolean newestFirst) {
        Partition best = null;
        for (Partition partition : partitions) {
            if (!partition.buffer.isEmpty() && (best == null || precedes(partition.head(), best.head(), newestFirst))) {
                best = partition;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Of the partitions with nothing buffered and more to read, the one whose frontier is furthest behind. */
    private static Optional<Partition> furthestBehind(List<Partition> partitions, boolean newestFirst) {
        Partition behind = null;
        for (Partition partition : partitions) {
            if (partition.exhausted || !partition.buffer.isEmpty()) {
                continue;
            }
            if (behind == null || behind.frontier != null
                    && (partition.frontier == null || precedes(partition.frontier, behind.frontier, newestFirst))) {
                behind = partition;
            }
        }
        return Optional.ofNullable(behind);
    }

    /** Whether {@code behind} may still hold an item that comes before {@code next}'s first. */
    private static boolean mustRead(Partition behind, Partition next, boolean newestFirst) {
        return behind.frontier == null || precedes(behind.frontier, next.head(), newestFirst);
    }

    private static boolean precedes(String a, String b, boolean newestFirst) {
        int order = a.compareTo(b);
        return newestFirst ? order > 0 : order < 0;
    }

    /** One status partition of an index as it is read. */
    private static final class Partition {
        final String key;
        final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        /** The last sort key evaluated (or the position resumed from); null before the first read. */
        String frontier;
        boolean exhausted;

        Partition(String key, String resumeAfter) {
            this.key = key;
            this.frontier = resumeAfter;
        }

        String head() {
            return buffer.getFirst().get(Keys.BY_STATUS_SK).s();
        }
    }
}
