package id.aduan.webhook;

import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TriageSettings;
import id.aduan.adapters.dynamodb.DynamoDbDuplicateCandidates;
import id.aduan.adapters.dynamodb.DynamoDbReporterHistory;
import id.aduan.adapters.dynamodb.DynamoDbTextEchoes;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.ingest.Assessor;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.learning.RefreshingTriage;
import id.aduan.core.triage.Duplicates;
import id.aduan.core.sla.SlaRules;
import java.util.function.Supplier;

/**
 * Triage as ingestion runs it for one tenant, in every function that takes complaints in (the webhook's,
 * and the mention fetcher's once a mention's text comes): the tenant's home region, learned model and SLA
 * rules, and its earlier complaints, text echoes and reporter history to compare with.
 */
final class IngestionTriage {

    final RefreshingTriage triage;
    final Supplier<SlaRules> rules;
    final Assessor assessor;

    IngestionTriage(FunctionRuntime runtime, Tenant tenant) {
        var table = runtime.table().forTenant(tenant);
        this.triage = TriageSettings.configured(runtime, tenant);
        this.rules = SlaSettings.configured(runtime, tenant);
        this.assessor = new Assessor(triage, new Duplicates(), new DynamoDbDuplicateCandidates(table),
                new DynamoDbTextEchoes(table), new DynamoDbReporterHistory(table), rules);
    }
}
