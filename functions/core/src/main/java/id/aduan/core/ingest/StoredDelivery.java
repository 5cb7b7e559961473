package id.aduan.core.ingest;

/** A kept delivery with what is known about taking it in. */
public record StoredDelivery(RawDelivery delivery, DeliveryRecord record) {
}
