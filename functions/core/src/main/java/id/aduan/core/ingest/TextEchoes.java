package id.aduan.core.ingest;

import java.time.Instant;

/** Who else sent the same text lately: identical messages from several accounts are a campaign or a copy. */
public interface TextEchoes {

    /**
     * Notes that the account whose key is {@code accountKey} sent the text whose key is {@code textKey}
     * at {@code at}, and tells how many other accounts sent it within the last few days.
     */
    int otherAccounts(String textKey, String accountKey, Instant at);
}
