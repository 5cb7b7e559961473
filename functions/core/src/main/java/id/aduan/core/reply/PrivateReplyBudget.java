package id.aduan.core.reply;

import java.time.Instant;

/**
 * How many private replies each account sent per bucket of its {@link id.aduan.core.reply.RollingHourLimit},
 * shared by every reply sender, so that together they stay within Instagram's hourly limit.
 */
public interface PrivateReplyBudget {

    /**
     * Counts one more private reply in the account's bucket starting at {@code bucketStart}, unless the
     * bucket already holds {@code limit}; false when it is full and nothing was counted.
     */
    boolean take(String account, Instant bucketStart, int limit);
}
