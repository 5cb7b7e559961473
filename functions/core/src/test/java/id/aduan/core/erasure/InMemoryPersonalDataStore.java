package id.aduan.core.erasure;

import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store as the table behaves: closed complaints filed by the time they were closed, or no earlier. */
final class InMemoryPersonalDataStore implements PersonalDataStore {

    final Map<ComplaintId, ComplaintDetail> complaints = new LinkedHashMap<>();
    private final Map<ComplaintId, Instant> filedAt = new HashMap<>();

    void add(ComplaintDetail detail) {
        complaints.put(detail.complaint().id(), detail);
    }

    @Override
    public List<ComplaintId> reportedBy(String instagramUserId) {
        return complaints.values().stream()
                .filter(d -> d.complaint().reporter().instagramId().equals(instagramUserId))
                .map(d -> d.complaint().id()).toList();
    }

    @Override
    public List<ComplaintId> closedBefore(Instant cutoff, int limit) {
        return complaints.values().stream()
                .filter(d -> d.complaint().status().isFinal() && !d.complaint().reporter().isErased())
                .filter(d -> filed(d).isBefore(cutoff))
                .sorted(Comparator.comparing(this::filed))
                .limit(limit).map(d -> d.complaint().id()).toList();
    }

    private Instant filed(ComplaintDetail detail) {
        return filedAt.getOrDefault(detail.complaint().id(), RetentionPolicy.closedNoEarlierThan(detail.complaint()));
    }

    @Override
    public Optional<ComplaintDetail> load(ComplaintId id) {
        return Optional.ofNullable(complaints.get(id));
    }

    @Override
    public void closedAt(ComplaintId id, Instant closedAt) {
        filedAt.put(id, closedAt);
    }

    @Override
    public void erase(ComplaintDetail before, ComplaintDetail erased, TimelineEvent record) {
        var timeline = new ArrayList<>(erased.timeline());
        timeline.add(record);
        complaints.put(before.complaint().id(), new ComplaintDetail(erased.complaint(), erased.messages(), timeline));
    }
}
