package id.aduan.core.health;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.port.AccountNotices;
import id.aduan.core.port.AlertOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In memory: the notices raised, the outbox that records them and the alerts published to operations. */
final class Operations implements AccountNotices, AlertOutbox {

    final Set<String> notices = new HashSet<>();
    final List<Alert> published = new ArrayList<>();

    OperationsNotices notices(Clock clock) {
        return new OperationsNotices(this, new OutboxPublisher(this, published::add, clock), clock);
    }

    List<String> subjects() {
        return published.stream().map(Alert::subject).toList();
    }

    @Override
    public boolean raiseOnce(String account, String notice, RecordedAlert alert) {
        return notices.add(account + "/" + notice);
    }

    @Override
    public boolean recordIfAbsent(RecordedAlert alert) {
        throw new UnsupportedOperationException();
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
        return List.of();
    }
}
