package id.aduan.core.reply;

import java.time.Duration;
import java.util.Objects;

/**
 * How a deployment sends replies.
 *
 * @param humanAgentEnabled whether Meta approved the HUMAN_AGENT tag for this app
 * @param lease how long a claim protects an attempt; longer than the function may run
 * @param maxAttempts deliveries of a message after which a reply that still could not go out fails
 *     (fewer than the queue's receives before its dead-letter queue, so staff see it)
 * @param tokenPause how long sending stops after Instagram refused the access token
 * @param echoWait how long an uncertain reply waits for its echo before staff are asked to check it
 * @param privateReplies how many private replies the account may send per rolling hour (Instagram: 750)
 * @param budgetWait how long after staff queued it a private reply may still wait for the account's
 *     budget; then it fails, so that staff can answer another way
 */
public record SendingPolicy(boolean humanAgentEnabled, Duration lease, int maxAttempts,
                            Duration tokenPause, Duration echoWait, RollingHourLimit privateReplies,
                            Duration budgetWait) {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(3);
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_TOKEN_PAUSE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_ECHO_WAIT = Duration.ofHours(1);
    public static final int DEFAULT_PRIVATE_REPLIES_PER_HOUR = 750;
    /**
     * The budget lets at least 642 private replies an hour through, so a reply still waiting after two
     * hours waited behind well over a thousand others: staff had better answer it another way.
     */
    public static final Duration DEFAULT_BUDGET_WAIT = Duration.ofHours(2);

    public SendingPolicy {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(tokenPause, "tokenPause");
        Objects.requireNonNull(echoWait, "echoWait");
        Objects.requireNonNull(privateReplies, "privateReplies");
        Objects.requireNonNull(budgetWait, "budgetWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
        }
    }

    public static SendingPolicy defaults(boolean humanAgentEnabled) {
        return new SendingPolicy(humanAgentEnabled, DEFAULT_LEASE, DEFAULT_MAX_ATTEMPTS, DEFAULT_TOKEN_PAUSE,
                DEFAULT_ECHO_WAIT, new RollingHourLimit(DEFAULT_PRIVATE_REPLIES_PER_HOUR), DEFAULT_BUDGET_WAIT);
    }
}
