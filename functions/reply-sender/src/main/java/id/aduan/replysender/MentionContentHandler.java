package id.aduan.replysender;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TriageSettings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbDuplicateCandidates;
import id.aduan.adapters.dynamodb.DynamoDbMentionFetches;
import id.aduan.adapters.dynamodb.DynamoDbReporterHistory;
import id.aduan.adapters.dynamodb.DynamoDbTextEchoes;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.ingest.Assessor;
import id.aduan.core.ingest.Deadline;
import id.aduan.core.ingest.MentionContent;
import id.aduan.core.triage.Duplicates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every few minutes, fetches the text of new @mentions from the Graph API and triages the complaints
 * they opened. Lives beside the reply sender because it needs the same Graph API access.
 */
public final class MentionContentHandler implements RequestStreamHandler {

    private static final int BATCH = 50;

    private final FunctionRuntime runtime;
    private final MentionContent content;
    private final Priming priming;

    public MentionContentHandler() {
        this(Settings.fromEnvironment());
    }

    public MentionContentHandler(Settings settings) {
        this(new FunctionRuntime("mention-content", settings, Clock.systemUTC()));
    }

    MentionContentHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
        var table = runtime.table();
        var rules = SlaSettings.configured(runtime);
        var triage = TriageSettings.configured(runtime);
        var assessor = new Assessor(triage, new Duplicates(), new DynamoDbDuplicateCandidates(table),
                new DynamoDbTextEchoes(table), new DynamoDbReporterHistory(table), rules);
        var fetches = new DynamoDbMentionFetches(table);
        this.content = new MentionContent(fetches, new DynamoDbComplaintStore(table),
                GraphClients.of(runtime), ConfiguredAccounts.of(runtime), assessor, rules, runtime.clock());
        this.priming = Priming.register(() -> {
            fetches.due(runtime.clock().instant().minusSeconds(1), 1);
            triage.get().assess("@pemkot lampu jalan mati");
        });
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        var deadline = context == null
                ? Deadline.none()
                : Deadline.of(() -> Duration.ofMillis(context.getRemainingTimeInMillis()));
        var summary = content.fetchDue(BATCH, deadline);
        var report = new LinkedHashMap<String, Object>();
        report.put("fetched", summary.fetched());
        report.put("retrying", summary.retrying());
        report.put("abandoned", summary.abandoned());
        runtime.log().info("mentions fetched", report);
        runtime.metrics().emit(Map.of("MentionsFetched", summary.fetched(), "MentionsAbandoned", summary.abandoned()));
        Json.mapper().writeValue(output, report);
    }
}
