package id.aduan.core.health;

import id.aduan.core.instagram.GraphResult;
import java.util.Set;

/** Whether Meta delivers the account's webhooks to the app, and for which fields. */
public interface WebhookSubscription {

    /** The account's subscription to the app: {@code subscribed} false when the app is not subscribed at all. */
    record Status(boolean subscribed, Set<String> fields) {
        public Status {
            fields = Set.copyOf(fields);
        }
    }

    GraphResult<Status> status();
}
