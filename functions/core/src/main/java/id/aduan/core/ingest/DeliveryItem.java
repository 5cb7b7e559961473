package id.aduan.core.ingest;

/** One element of a delivery: a change Aduan understood, or one it could not read. */
public sealed interface DeliveryItem {

    /** Where in the delivery the element was, e.g. {@code entry[2].changes[0]}. */
    String location();

    record Change(String location, InstagramChange change) implements DeliveryItem {
    }

    record Malformed(String location, String problem) implements DeliveryItem {
    }
}
