package id.aduan.core.ingest;

/** The body is not JSON, or not an Instagram webhook object. */
public final class NotAnInstagramDelivery extends Exception {
    public NotAnInstagramDelivery(String message) {
        super(message);
    }
}
