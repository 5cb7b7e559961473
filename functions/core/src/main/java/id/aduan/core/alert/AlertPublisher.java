package id.aduan.core.alert;

/** Sends alerts to the alerts topic (e-mail subscriptions and the chat notifier subscribe to it). */
public interface AlertPublisher {

    /** Publishes the alert; throws when it could not be handed over, so the caller can retry. */
    void publish(Alert alert);
}
