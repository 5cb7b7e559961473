package id.aduan.core.workflow;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action is judged and applied with: who, when, the configuration in force, and for a
 * duplicate the original it is merged into.
 */
public record ActionContext(Actor actor, Instant now, UnitCatalog units, SlaRules rules,
                            Optional<Complaint> original) {
    public ActionContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(original, "original");
    }
}
