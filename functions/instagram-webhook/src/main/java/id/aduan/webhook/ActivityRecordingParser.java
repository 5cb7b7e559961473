package id.aduan.webhook;

import id.aduan.adapters.observability.JsonLog;
import id.aduan.core.health.DeliveryActivity;
import id.aduan.core.ingest.DeliveryItem;
import id.aduan.core.ingest.DeliveryParser;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.ingest.NotAnInstagramDelivery;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Parses a delivery and notes, for the silent-account check, that each account it names had traffic
 * when the delivery arrived. Meta's dashboard test is not traffic. Noting is secondary to taking the
 * delivery in: a failure to note it is logged, never passed on.
 */
final class ActivityRecordingParser implements DeliveryParser {

    private final DeliveryParser parser;
    private final DeliveryActivity activity;
    private final JsonLog log;

    ActivityRecordingParser(DeliveryParser parser, DeliveryActivity activity, JsonLog log) {
        this.parser = parser;
        this.activity = activity;
        this.log = log;
    }

    @Override
    public List<DeliveryItem> parse(byte[] body, Instant receivedAt) throws NotAnInstagramDelivery {
        var items = parser.parse(body, receivedAt);
        var accounts = new LinkedHashSet<String>();
        for (var item : items) {
            if (item instanceof DeliveryItem.Change(var location, var change)
                    && !(change instanceof InstagramChange.DashboardTest)) {
                accounts.add(change.account());
            }
        }
        for (var account : accounts) {
            try {
                activity.record(account, receivedAt);
            } catch (RuntimeException e) {
                log.warn("last delivery not noted; the silent-account check may be late",
                        Map.of("account", account, "error", e.getClass().getSimpleName()));
            }
        }
        return items;
    }
}
