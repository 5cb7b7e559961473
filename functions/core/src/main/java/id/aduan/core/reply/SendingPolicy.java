package id.aduan.core.reply;

import java.time.Duration;
import java.util.Objects;

/**
 * How a deployment sends replies.
 *
 * @param account the Instagram account replies are sent as; its pauses apply to every reply
 * @param humanAgentEnabled whether Meta approved the HUMAN_AGENT tag for this app
 * @param lease how long a claim protects an attempt; longer than the function may run
 * @param maxAttempts deliveries of a message after which a reply that still could not go out fails
 *     (fewer than the queue's receives before its dead-letter queue, so staff see it)
 * @param tokenPause how long sending stops after Instagram refused the access token
 * @param echoWait how long an uncertain reply waits for its echo before staff are asked to check it
 */
public record SendingPolicy(String account, boolean humanAgentEnabled, Duration lease, int maxAttempts,
                            Duration tokenPause, Duration echoWait) {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(3);
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_TOKEN_PAUSE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_ECHO_WAIT = Duration.ofHours(1);

    public SendingPolicy {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(tokenPause, "tokenPause");
        Objects.requireNonNull(echoWait, "echoWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
        }
    }

    public static SendingPolicy defaults(String account, boolean humanAgentEnabled) {
        return new SendingPolicy(account, humanAgentEnabled, DEFAULT_LEASE, DEFAULT_MAX_ATTEMPTS, DEFAULT_TOKEN_PAUSE,
                DEFAULT_ECHO_WAIT);
    }
}
