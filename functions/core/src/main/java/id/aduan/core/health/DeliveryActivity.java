package id.aduan.core.health;

import java.time.Instant;
import java.util.List;

/** When each account last received a webhook delivery, kept cheaply for the silent-account check. */
public interface DeliveryActivity {

    record LastDelivery(String account, Instant at) {
    }

    /** Notes a delivery for the account; recording may be coarse (to the minute) to stay cheap. */
    void record(String account, Instant at);

    /** The last delivery of every account that ever had one. */
    List<LastDelivery> lastDeliveries();
}
