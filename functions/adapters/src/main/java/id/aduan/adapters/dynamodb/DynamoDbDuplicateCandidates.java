package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.DuplicateCandidates;
import id.aduan.core.triage.DuplicateFeatures;
import id.aduan.core.triage.OpenComplaint;
import id.aduan.core.triage.Place;
import id.aduan.core.triage.TextSignature;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Recent open complaints of one unit, from the sparse duplicates index: a read bounded by unit and time. */
public final class DynamoDbDuplicateCandidates implements DuplicateCandidates {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbDuplicateCandidates(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbDuplicateCandidates.class);
    }

    @Override
    public List<OpenComplaint> recent(String unit, Instant since, int limit) {
        return BoundedQuery.newestFrom(table, BoundedQuery.Index.DUPLICATES, keys.duplicatePartition(unit),
                        Keys.time(since), limit, ComplaintItem.SCHEMA::mapToItem)
                .filter(item -> item.signature != null)
                .map(item -> new OpenComplaint(item.trackingCode, new DuplicateFeatures(item.reporterId,
                        item.threadKey, TextSignature.decode(item.signature), places(item.places), unit, item.topic,
                        Keys.parseTime(item.receivedAt))))
                .toList();
    }

    private static Set<Place> places(List<String> encoded) {
        return encoded == null ? Set.of() : encoded.stream().map(Place::parse).collect(Collectors.toSet());
    }
}
