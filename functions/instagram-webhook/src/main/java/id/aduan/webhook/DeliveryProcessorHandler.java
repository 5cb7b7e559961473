package id.aduan.webhook;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.adapters.sqs.SqsBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The delivery queue's consumer: takes in each delivery the webhook stored and queued, and answers with
 * a partial batch response, so that only the deliveries that did not finish come back.
 */
public final class DeliveryProcessorHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public DeliveryProcessorHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public DeliveryProcessorHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public DeliveryProcessorHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        var processed = new DeliveryBatch(wiring).takeIn(SqsBatch.read(input), Invocation.begin(wiring.runtime, context).deadline());
        SqsBatch.writeResponse(processed.failedMessageIds(), output);
    }
}
