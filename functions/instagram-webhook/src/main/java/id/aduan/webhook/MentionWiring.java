package id.aduan.webhook;

import id.aduan.adapters.config.ConfiguredAccounts;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbMentionFetches;
import id.aduan.adapters.instagram.GraphClients;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.core.ingest.MentionContent;
import id.aduan.core.kernel.PerTenant;
import id.aduan.core.kernel.Tenants;

/**
 * Builds the mention fetcher's pieces once per container: the webhook's triage, without its secrets,
 * queue and alerts, which this function is given none of. Each tenant's mentions wait in its own due
 * partition and are fetched and triaged with its stores; the accounts and their Graph API clients are
 * the platform's.
 */
final class MentionWiring {

    final FunctionRuntime runtime;
    final Tenants tenants;
    final PerTenant<MentionContent> contents;
    private final Priming priming;

    MentionWiring(FunctionRuntime runtime) {
        this.runtime = runtime;
        this.tenants = TenantSettings.configured(runtime.settings());
        var accounts = ConfiguredAccounts.of(runtime);
        var graph = GraphClients.of(runtime, accounts);
        var triages = new PerTenant<>(tenant -> new IngestionTriage(runtime, tenant));
        this.contents = new PerTenant<>(tenant -> {
            var table = runtime.table().forTenant(tenant);
            var triaging = triages.apply(tenant);
            return new MentionContent(new DynamoDbMentionFetches(table), new DynamoDbComplaintStore(table), graph,
                    accounts, triaging.assessor, triaging.rules, runtime.clock());
        });
        this.priming = Priming.register(() -> {
            var first = tenants.first();
            new DynamoDbMentionFetches(runtime.table().forTenant(first))
                    .due(runtime.clock().instant().minusSeconds(1), 1);
            triages.apply(first).triage.get().assess("@pemkot lampu jalan mati");
        });
    }
}
