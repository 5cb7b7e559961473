package id.aduan.core.ingest;

import java.time.Instant;

/** Where deliveries for accounts nobody registered are noted, for admins to see and register. */
public interface UnknownAccounts {

    /** Notes that a change for {@code instagramAccountId} arrived at {@code at} and was held. */
    void sighted(String instagramAccountId, Instant at);
}
