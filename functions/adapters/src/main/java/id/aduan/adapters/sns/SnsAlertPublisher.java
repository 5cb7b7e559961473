package id.aduan.adapters.sns;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.AlertPublisher;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes alerts to the SNS alerts topic: the alert's text as the body, its routing facts as message
 * attributes, so subscriptions can filter by kind, unit, level, audience or government ({@code tenant},
 * named on a stack serving several); the subject is cut to SNS's 100-character limit.
 */
public final class SnsAlertPublisher implements AlertPublisher {

    private static final int SUBJECT_LIMIT = 100;
    /** What only the digest reads, from the outbox; SNS allows ten attributes a message. */
    private static final Set<String> OUTBOX_ONLY = Set.of(AlertAttributes.BREACHES, AlertAttributes.ESCALATIONS);

    private final Supplier<SnsClient> sns;
    private final String topicArn;

    /** With the client built on the first publish: most invocations publish nothing. */
    public SnsAlertPublisher(Supplier<SnsClient> sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(Alert alert) {
        sns.get().publish(request -> request.topicArn(topicArn)
                .subject(subject(alert.subject()))
                .message(alert.text())
                .messageAttributes(attributes(alert)));
    }

    static Map<String, MessageAttributeValue> attributes(Alert alert) {
        var attributes = new HashMap<String, MessageAttributeValue>();
        attributes.put(AlertAttributes.KIND, text(alert.kind().name()));
        attributes.put(AlertAttributes.ALERT_ID, text(alert.id()));
        alert.tenant().ifPresent(tenant -> attributes.put(AlertAttributes.TENANT, text(tenant.id())));
        alert.attributes().forEach((name, value) -> {
            if (value != null && !value.isBlank() && !OUTBOX_ONLY.contains(name)) {
                attributes.put(name, text(value));
            }
        });
        return attributes;
    }

    /** SNS subjects are ASCII-printable, without line breaks, at most 100 characters. */
    private static String subject(String subject) {
        var printable = subject.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= SUBJECT_LIMIT ? printable : printable.substring(0, SUBJECT_LIMIT - 1) + "~";
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
