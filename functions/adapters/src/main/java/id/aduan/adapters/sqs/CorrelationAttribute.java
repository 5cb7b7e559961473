package id.aduan.adapters.sqs;

import id.aduan.adapters.observability.LogContext;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The correlation id a queued message carries as its {@code correlationId} attribute, so that the
 * consumer's lines carry it without reading the complaint.
 */
final class CorrelationAttribute {

    private CorrelationAttribute() {
    }

    /** The attribute naming {@code correlationId}, or none when it is null. */
    static Map<String, MessageAttributeValue> of(String correlationId) {
        return correlationId == null ? Map.of()
                : Map.of(LogContext.CORRELATION_ID, MessageAttributeValue.builder().dataType("String")
                        .stringValue(correlationId).build());
    }
}
