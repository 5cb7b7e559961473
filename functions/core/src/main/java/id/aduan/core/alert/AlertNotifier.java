package id.aduan.core.alert;

import id.aduan.core.kernel.Deadline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Passes an alert on to every chat of its government (the platform's, for operations) whose route matches it. */
public final class AlertNotifier {

    /** Chats cut longer messages (Telegram at 4,096 characters); an alert never needs that many. */
    static final int LONGEST_MESSAGE = 4000;

    private final ChatChannels channels;
    private final ChatPoster poster;

    public AlertNotifier(ChatChannels channels, ChatPoster poster) {
        this.channels = channels;
        this.poster = poster;
    }

    /** The routes that got the alert, and why the others did not, by route name. */
    public record Report(List<String> delivered, Map<String, String> failed) {
        public boolean complete() {
            return failed.isEmpty();
        }
    }

    public Report notify(Alert alert, Deadline deadline) {
        var delivered = new ArrayList<String>();
        var failed = new LinkedHashMap<String, String>();
        var message = message(alert);
        for (ChatRoute route : channels.routes(alert.tenant())) {
            if (!route.matches(alert)) {
                continue;
            }
            try {
                poster.post(route.target(), message, deadline);
                delivered.add(route.name());
            } catch (ChatPoster.ChatPostFailed e) {
                failed.put(route.name(), e.getMessage());
            }
        }
        return new Report(List.copyOf(delivered), Map.copyOf(failed));
    }

    static String message(Alert alert) {
        var message = alert.subject().isBlank() ? alert.text() : alert.subject() + "\n\n" + alert.text();
        return message.length() <= LONGEST_MESSAGE ? message : message.substring(0, LONGEST_MESSAGE - 1) + "…";
    }
}
