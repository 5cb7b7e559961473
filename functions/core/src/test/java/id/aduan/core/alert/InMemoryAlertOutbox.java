package id.aduan.core.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The alert outbox in memory: what was recorded once, and what was published. */
public class InMemoryAlertOutbox implements AlertOutbox {

    public final Map<String, RecordedAlert> recorded = new LinkedHashMap<>();
    public final List<Alert> published = new ArrayList<>();

    @Override
    public synchronized boolean recordIfAbsent(RecordedAlert alert) {
        return recorded.putIfAbsent(alert.alert().id(), alert) == null;
    }

    @Override
    public List<RecordedAlert> stranded(Instant now, int limit) {
        return List.of();
    }

    @Override
    public Optional<RecordedAlert> takeOver(RecordedAlert stranded, Instant until) {
        return Optional.empty();
    }

    @Override
    public void markPublished(RecordedAlert alert, Instant at) {
    }

    @Override
    public void retryLater(RecordedAlert alert, Instant retryAt) {
    }

    @Override
    public boolean claimHour(String group, Instant hour, String groupId) {
        return true;
    }

    @Override
    public List<RecordedAlert> raisedOn(LocalDate day) {
        return List.copyOf(recorded.values());
    }
}
