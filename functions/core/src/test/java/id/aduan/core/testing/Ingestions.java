package id.aduan.core.testing;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.ingest.AccountAttribution;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.ingest.IngestionOutcome;
import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.ingest.TenantIngestion;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Ingestion for tests: the built-in triage, one registered Instagram account, the default objection window.
 * Each has its own random ids, so two of them never open complaints under the same id.
 */
public final class Ingestions {

    /** The one account registered; changes for any other are held. */
    public static final String ACCOUNT = "17841400000000001";

    private Ingestions() {
    }

    /**
     * Takes in a direct message triage judges a complaint (a broken road in a named street), sent at
     * {@code at}: its SLA clocks run from then. Returns the complaint it opened.
     */
    public static ComplaintId complaintByDirectMessage(Ingestion ingestion, String messageId, String sender,
                                                       Instant at) {
        var outcome = ingestion.apply(new InstagramChange.CitizenMessage(ACCOUNT, messageId, sender,
                "Jalan di Jl. Cibiru Hilir berlubang besar, bahaya buat motor", List.of(), null, at, null));
        return ((IngestionOutcome.Created) outcome).id();
    }

    public static Ingestion of(IngestionPorts ports, SlaRules rules, Clock clock) {
        var accounts = new AccountAttribution(id -> ACCOUNT.equals(id)
                ? Optional.of(new InstagramAccount(id, new Tenant("32.73"), "Pemkot", AccountFlavour.INSTAGRAM_LOGIN, null,
                        "aduan/instagram/" + id, null, null))
                : Optional.empty(),
                Tenants.of("32.73"),
                (id, at) -> {
                },
                (account, notice, alert) -> true, clock);
        var tenantIngestion = new TenantIngestion(ports, Assessors.builtIn(rules), () -> rules,
                new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), new Random());
        return new Ingestion(accounts, tenant -> tenantIngestion);
    }
}
