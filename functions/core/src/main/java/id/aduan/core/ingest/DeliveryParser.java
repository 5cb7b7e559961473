package id.aduan.core.ingest;

import java.time.Instant;
import java.util.List;

/** Reads a webhook body into the changes it carries; one unreadable element does not spoil the rest. */
public interface DeliveryParser {

    /** {@code receivedAt} stands in for the time of a change whose delivery gives none. */
    List<DeliveryItem> parse(byte[] body, Instant receivedAt) throws NotAnInstagramDelivery;
}
