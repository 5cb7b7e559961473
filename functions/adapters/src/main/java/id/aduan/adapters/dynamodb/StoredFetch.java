package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.ingest.PendingFetch;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A mention fetch read from its item as {@link MentionFetchItem#SCHEMA} stores it, mapped by hand: it is
 * the mention fetcher's first read, and the item class would build its schema and load the Enhanced Client
 * for that alone. {@code StoredFetchTest} holds the two mappings equal.
 */
final class StoredFetch {

    private StoredFetch() {
    }

    static PendingFetch of(Map<String, AttributeValue> item) {
        var attempts = item.get("attempts");
        return new PendingFetch(new ComplaintId(item.get("complaintId").s()), Channel.valueOf(item.get("channel").s()),
                item.get("objectId").s(), attempts == null ? 0 : Integer.parseInt(attempts.n()));
    }
}
