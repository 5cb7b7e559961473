package id.aduan.webhook;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.ingest.MentionContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every few minutes, fetches the text of new @mentions from the Graph API and triages the complaints
 * they opened: the end of taking a mention in, so it lives with the webhook and triages as it does. One
 * pass for each tenant of the stack, in order, each through that tenant's stores.
 */
public final class MentionContentHandler implements RequestStreamHandler {

    private static final int BATCH = 50;

    private final MentionWiring wiring;

    public MentionContentHandler() {
        this(Settings.fromEnvironment());
    }

    public MentionContentHandler(Settings settings) {
        this(new FunctionRuntime("mention-content", settings, Clock.systemUTC()));
    }

    MentionContentHandler(FunctionRuntime runtime) {
        this.wiring = new MentionWiring(runtime);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> fetch(invocation));
    }

    private Outcome fetch(Invocation invocation) {
        var summary = wiring.tenants.all().stream()
                .map(tenant -> wiring.contents.apply(tenant).fetchDue(BATCH, invocation.deadline()))
                .reduce(MentionContent.Summary.NOTHING, MentionContent.Summary::plus);
        var report = new LinkedHashMap<String, Object>();
        report.put("fetched", summary.fetched());
        report.put("retrying", summary.retrying());
        report.put("abandoned", summary.abandoned());
        return Outcome.info("mentions fetched", report,
                Map.of("MentionsFetched", summary.fetched(), "MentionsAbandoned", summary.abandoned()));
    }
}
