package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;
import java.util.Optional;

/** The Instagram accounts Aduan answers on, looked up by the id deliveries carry in {@code entry.id}. */
public interface AccountDirectory {

    /** The active account deliveries with this {@code entry.id} belong to; empty when none is registered. */
    Optional<InstagramAccount> account(String instagramAccountId);
}
