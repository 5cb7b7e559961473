package id.aduan.replysender;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TriageSettings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbDuplicateCandidates;
import id.aduan.adapters.dynamodb.DynamoDbMentionFetches;
import id.aduan.adapters.dynamodb.DynamoDbReporterHistory;
import id.aduan.adapters.dynamodb.DynamoDbTextEchoes;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.ingest.Assessor;
import id.aduan.core.ingest.MentionContent;
import id.aduan.core.triage.Duplicates;

/**
 * Builds the mention fetcher's pieces once per container; apart from {@link Wiring}, since it needs
 * triage and no reply queue.
 */
final class MentionWiring {

    final FunctionRuntime runtime;
    final MentionContent content;
    private final Priming priming;

    MentionWiring(FunctionRuntime runtime) {
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
}
