package id.aduan.replysender;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbDuplicateCandidates;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.adapters.dynamodb.DynamoDbReporterHistory;
import id.aduan.adapters.dynamodb.DynamoDbTextEchoes;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.ingest.AccountAttribution;
import id.aduan.core.ingest.Assessor;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.ingest.TenantIngestion;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.triage.Duplicates;
import id.aduan.core.triage.Triage;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The real ingestion, taking in every change as an account of {@code tenant} (as the webhook does with the
 * deployment's one account before accounts are registered), through that tenant's view of the table.
 */
final class EveryAccount {

    private EveryAccount() {
    }

    static Ingestion ingestion(ComplaintTable table, Tenant tenant, long seed) {
        var rules = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
        var triage = Triage.builtIn();
        var accounts = new AccountAttribution(id -> Optional.of(new InstagramAccount(id, tenant, "Akun utama",
                AccountFlavour.INSTAGRAM_LOGIN, null, "InstagramSecret", null, null)),
                new Tenants(List.of(tenant)),
                (id, at) -> {
                }, (account, notice, alert) -> true, Clock.systemUTC());
        return new Ingestion(accounts, owner -> {
            var owned = table.forTenant(owner);
            return new TenantIngestion(IngestionPorts.of(new DynamoDbIngestionStore(owned, Clock.systemUTC())),
                    new Assessor(() -> triage, new Duplicates(), new DynamoDbDuplicateCandidates(owned),
                            new DynamoDbTextEchoes(owned), new DynamoDbReporterHistory(owned), () -> rules),
                    () -> rules, new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), new Random(seed));
        });
    }
}
