package id.aduan.webhook;

import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.config.TriageSettings;
import id.aduan.adapters.dynamodb.DynamoDbDuplicateCandidates;
import id.aduan.adapters.dynamodb.DynamoDbReporterHistory;
import id.aduan.adapters.dynamodb.DynamoDbTextEchoes;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.ingest.Assessor;
import id.aduan.core.learning.RefreshingTriage;
import id.aduan.core.triage.Duplicates;
import id.aduan.core.sla.SlaRules;
import java.util.function.Supplier;

/**
 * Triage as ingestion runs it, for every function that takes complaints in (the webhook's, and the mention
 * fetcher's once a mention's text comes): the configured model and SLA rules, and the table's earlier
 * complaints, text echoes and reporter history to compare with.
 */
final class IngestionTriage {

    final RefreshingTriage triage;
    final Supplier<SlaRules> rules;
    final Assessor assessor;

    IngestionTriage(FunctionRuntime runtime) {
        var table = runtime.table();
        this.triage = TriageSettings.configured(runtime);
        this.rules = SlaSettings.configured(runtime);
        this.assessor = new Assessor(triage, new Duplicates(), new DynamoDbDuplicateCandidates(table),
                new DynamoDbTextEchoes(table), new DynamoDbReporterHistory(table), rules);
    }
}
