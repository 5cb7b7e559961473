package id.aduan.replysender;

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
 * The reply queue's consumer: sends each queued reply to Instagram and answers with a partial batch
 * response, so that only the messages to try again later stay on the queue.
 */
public final class ReplySenderHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public ReplySenderHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public ReplySenderHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public ReplySenderHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        var deadline = Invocation.begin(wiring.runtime, context).deadline();
        SqsBatch.writeResponse(new ReplyBatch(wiring).send(SqsBatch.read(input), deadline), output);
    }
}
