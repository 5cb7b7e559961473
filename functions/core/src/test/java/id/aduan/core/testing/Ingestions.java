package id.aduan.core.testing;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.ingest.AccountAttribution;
import id.aduan.core.ingest.Ingestion;
import id.aduan.core.port.IngestionPorts;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
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

    public static Ingestion of(IngestionPorts ports, SlaRules rules, Clock clock) {
        var accounts = new AccountAttribution(id -> ACCOUNT.equals(id)
                ? Optional.of(new InstagramAccount(id, "Pemkot", AccountFlavour.INSTAGRAM_LOGIN, null,
                        "aduan/instagram/" + id, null, null))
                : Optional.empty(),
                (id, at) -> {
                },
                (account, notice, alert) -> true, clock);
        return new Ingestion(ports, Assessors.builtIn(rules), () -> rules,
                new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), new Random(), accounts);
    }
}
