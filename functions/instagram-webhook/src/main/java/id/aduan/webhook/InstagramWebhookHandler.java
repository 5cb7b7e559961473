package id.aduan.webhook;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.http.ApiGatewayEvents;
import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.ingest.SubscriptionHandshake;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/**
 * Meta's Instagram webhook: {@code GET} answers the subscription handshake, {@code POST} stores a
 * delivery and queues it for {@link DeliveryProcessorHandler}. Answers 5xx only when the delivery could
 * not be stored, so that Meta sends it again.
 */
public final class InstagramWebhookHandler implements RequestStreamHandler {

    private static final String SIGNATURE_HEADER = "x-hub-signature-256";

    private final Wiring wiring;

    public InstagramWebhookHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public InstagramWebhookHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public InstagramWebhookHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ApiGatewayEvents.respond(input, output, this::handle);
    }

    HttpResponse handle(HttpRequest request) {
        return switch (request.method()) {
            case "GET" -> verifySubscription(request);
            case "POST" -> new DeliveryReception(wiring).receive(request.body(),
                    request.header(SIGNATURE_HEADER).orElse(null), request.requestId());
            default -> HttpResponse.error(405, "METHOD_NOT_ALLOWED", "use GET to verify or POST to deliver");
        };
    }

    private HttpResponse verifySubscription(HttpRequest request) {
        return SubscriptionHandshake.answer(request.queryParameter("hub.mode").orElse(null),
                        request.queryParameter("hub.verify_token").orElse(null),
                        request.queryParameter("hub.challenge").orElse(null), wiring.secrets.verifyToken())
                .map(challenge -> HttpResponse.text(200, challenge))
                .orElseGet(() -> {
                    wiring.runtime.log().warn("subscription handshake refused", Map.of("requestId", request.requestId()));
                    return HttpResponse.error(403, "VERIFICATION_FAILED", "hub.mode or hub.verify_token is wrong");
                });
    }
}
