package id.aduan.core.alert;

import java.util.Objects;

/**
 * Where a chat route posts. Bot tokens and webhook URLs are secrets: {@link #toString()} names the
 * kind of channel only, so a target can never leak into a log line or an exception message.
 */
public sealed interface ChatTarget {

    /** A Telegram chat (group, channel or person) through a bot. */
    record Telegram(String botToken, String chatId) implements ChatTarget {
        public Telegram {
            Objects.requireNonNull(botToken, "botToken");
            Objects.requireNonNull(chatId, "chatId");
        }

        @Override
        public String toString() {
            return "Telegram chat";
        }
    }

    /** A Slack incoming webhook, or any service that takes {@code {"text": …}} the same way. */
    record Slack(String webhookUrl) implements ChatTarget {
        public Slack {
            Objects.requireNonNull(webhookUrl, "webhookUrl");
        }

        @Override
        public String toString() {
            return "Slack webhook";
        }
    }
}
