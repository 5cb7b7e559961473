package id.aduan.adapters.dynamodb;

import id.aduan.core.alert.DueComplaints;
import id.aduan.core.alert.RecordResult;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The SLA sweep's view of the table. Due complaints come from the sparse due index, each of its shards
 * queried up to now and merged so the longest due come first (whose due time is the sweep's lag); nothing
 * else is read. The alerts, the complaint's new state and its timeline events are written in one transaction.
 */
public final class DynamoDbSlaStore implements SlaStore {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbSlaStore(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbSlaStore.class);
    }

    @Override
    public DueComplaints dueBy(Instant now) {
        var heads = new PriorityQueue<Shard>(Comparator.comparing(shard -> shard.head.dueOrder()));
        for (int shard = 0; shard < Keys.SLA_SHARDS; shard++) {
            var entries = DueEntry.dueBy(table, keys.slaPartition(shard), now, Integer.MAX_VALUE).iterator();
            new Shard(entries).advance().ifPresent(heads::add);
        }
        var oldest = heads.isEmpty() ? Optional.<Instant>empty()
                : Optional.of(Keys.timeOf(heads.peek().head.dueOrder()));
        return DueComplaints.of(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public ComplaintId next() {
                var shard = heads.poll();
                if (shard == null) {
                    throw new NoSuchElementException();
                }
                var id = keys.complaintOf(shard.head.pk());
                shard.advance().ifPresent(heads::add);
                return id;
            }
        }, oldest);
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return table.item(ComplaintItem.SCHEMA, keys.complaint(id), Keys.COMPLAINT_SK, true).map(ItemMapping::toComplaint);
    }

    @Override
    public RecordResult record(Complaint before, Complaint after, List<TimelineEvent> events,
                               List<RecordedAlert> alerts) {
        var tx = table.transaction();
        StateUpdate.add(keys, tx, before, after);
        for (TimelineEvent event : events) {
            tx.put(EventItem.SCHEMA, ItemMapping.toItem(keys, after.id(), event), Transaction.Condition.ITEM_ABSENT);
        }
        for (RecordedAlert alert : alerts) {
            tx.put(AlertItem.SCHEMA, AlertItem.of(keys.alerts(), alert), Transaction.Condition.ITEM_ABSENT);
        }
        try {
            // A failed condition is the complaint's revision, or an alert or event of it recorded already:
            // a lost race as far as this sweep can tell; it must not raise the alert again.
            return tx.commit().isEmpty() ? new RecordResult.Recorded() : new RecordResult.Superseded();
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
                // Another writer (an overlapping sweep, a staff change) held the complaint at that moment.
                return new RecordResult.Superseded();
            }
            throw e;
        }
    }

    /** One shard of the due index, read page by page, with its next entry at hand. */
    private static final class Shard {
        private final Iterator<DueEntry> entries;
        private DueEntry head;

        Shard(Iterator<DueEntry> entries) {
            this.entries = entries;
        }

        Optional<Shard> advance() {
            head = entries.hasNext() ? entries.next() : null;
            return head == null ? Optional.empty() : Optional.of(this);
        }
    }
}
