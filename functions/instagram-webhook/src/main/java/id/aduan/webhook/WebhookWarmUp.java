package id.aduan.webhook;

import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.adapters.http.ApiGatewayEvents;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.json.InstagramDeliveryParser;
import id.aduan.core.ingest.NotAnInstagramDelivery;
import id.aduan.core.ingest.WebhookSignature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Exercises, without writing anything, the code a first request runs: reading an API Gateway event,
 * checking a signature, parsing a delivery, the first tenant's triage, a DynamoDB read, a transaction that
 * cannot apply, reading the Instagram secret, and writing a response.
 */
final class WebhookWarmUp implements Runnable {

    private static final String SAMPLE_DELIVERY = """
            {"object":"instagram","entry":[{"id":"0","time":1700000000,"changes":[{"field":"comments",
            "value":{"from":{"id":"1","username":"warm.up"},"media":{"id":"2","media_product_type":"FEED"},
            "id":"3","text":"warm up"}}]},{"id":"0","time":1700000000000,"messaging":[{"sender":{"id":"1"},
            "recipient":{"id":"0"},"timestamp":1700000000000,"message":{"mid":"m","text":"warm up"}}]}]}""";

    private final Wiring wiring;

    WebhookWarmUp(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void run() {
        var body = SAMPLE_DELIVERY.getBytes(StandardCharsets.UTF_8);
        WebhookSignature.verify(body, WebhookSignature.sign(body, "warm-up"), List.of("warm-up"));
        try {
            new InstagramDeliveryParser().parse(body, Instant.EPOCH);
            var out = new ByteArrayOutputStream();
            ApiGatewayEvents.write(HttpResponse.json(200, Map.of("warm", "up")), out);
            ApiGatewayEvents.read(new ByteArrayInputStream(out.toByteArray()));
        } catch (NotAnInstagramDelivery e) {
            throw new IllegalStateException("the warm-up sample must parse", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The first tenant's pieces: on a stack that serves one, the ones every delivery is taken in with.
        var tenant = wiring.tenants.first();
        var store = new DynamoDbIngestionStore(wiring.runtime.table().forTenant(tenant), wiring.runtime.clock());
        store.findClaim("warm-up");
        store.rehearseWrite();
        // Names a kelurahan, so that the gazetteer is read before the snapshot rather than by a citizen's message.
        wiring.triages.apply(tenant).triage.get()
                .assess("Min, jalan di depan rumah di Kel. Sukajadi berlubang, tolong diperbaiki");
        // Warms the Secrets Manager path; the secret itself is forgotten so no snapshot carries it.
        wiring.secrets.appSecrets();
        wiring.secrets.invalidate();
    }
}
