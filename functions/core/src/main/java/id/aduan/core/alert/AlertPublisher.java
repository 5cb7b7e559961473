package id.aduan.core.alert;

import id.aduan.core.kernel.Tenant;

/** Sends alerts to the alerts topic (e-mail subscriptions and the chat notifier subscribe to it). */
public interface AlertPublisher {

    /** Publishes the alert; throws when it could not be handed over, so the caller can retry. */
    void publish(Alert alert);

    /**
     * This publisher for one government's alerts: each names {@code tenant}, so subscriptions and chats
     * can take one government's alerts; an operations alert stays the platform's and names none.
     */
    default AlertPublisher naming(Tenant tenant) {
        return alert -> publish(alert.kind() == Alert.Kind.OPERATIONS ? alert : alert.about(tenant));
    }
}
