package id.aduan.core.ingest;

/** Hands stored deliveries to the function that takes them in (an SQS queue in AWS). */
public interface DeliveryQueue {

    void enqueue(String deliveryId);
}
