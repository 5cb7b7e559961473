package id.aduan.webhook;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbMentionFetches;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.ingest.MentionContent;

/**
 * Builds the mention fetcher's pieces once per container: the webhook's triage, without its secrets,
 * queue and alerts, which this function is given none of.
 */
final class MentionWiring {

    final FunctionRuntime runtime;
    final MentionContent content;
    private final Priming priming;

    MentionWiring(FunctionRuntime runtime) {
        this.runtime = runtime;
        var table = runtime.table();
        var triaging = new IngestionTriage(runtime);
        var fetches = new DynamoDbMentionFetches(table);
        this.content = new MentionContent(fetches, new DynamoDbComplaintStore(table), GraphClients.of(runtime),
                ConfiguredAccounts.of(runtime), triaging.assessor, triaging.rules, runtime.clock());
        this.priming = Priming.register(() -> {
            fetches.due(runtime.clock().instant().minusSeconds(1), 1);
            triaging.triage.get().assess("@pemkot lampu jalan mati");
        });
    }
}
