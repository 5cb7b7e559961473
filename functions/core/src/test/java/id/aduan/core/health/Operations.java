package id.aduan.core.health;

import id.aduan.core.alert.AccountNotices;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.InMemoryAlertOutbox;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.RecordedAlert;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** In memory: the notices raised, the outbox that records them and the alerts published to operations. */
final class Operations extends InMemoryAlertOutbox implements AccountNotices {

    final Set<String> notices = new HashSet<>();

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
}
