package id.aduan.adapters.sns;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertPublisher;
import java.util.HashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes alerts to the SNS alerts topic. The alert's routing facts travel as message attributes, so
 * subscriptions can filter by kind, unit or level, and the tenant in the body ({@link AlertBody}); the
 * subject is cut to SNS's 100-character limit.
 */
public final class SnsAlertPublisher implements AlertPublisher {

    private static final int SUBJECT_LIMIT = 100;

    private final Supplier<SnsClient> sns;
    private final String topicArn;

    /** With the client built on the first publish: most invocations publish nothing. */
    public SnsAlertPublisher(Supplier<SnsClient> sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(Alert alert) {
        var attributes = new HashMap<String, MessageAttributeValue>();
        attributes.put("kind", text(alert.kind().name()));
        attributes.put("alertId", text(alert.id()));
        alert.attributes().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                attributes.put(name, text(value));
            }
        });
        sns.get().publish(request -> request.topicArn(topicArn)
                .subject(subject(alert.subject()))
                .message(AlertBody.write(alert))
                .messageAttributes(attributes));
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
