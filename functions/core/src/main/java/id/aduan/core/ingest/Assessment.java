package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.triage.DuplicateFeatures;

/**
 * What a new complaint starts with: triage's suggestion, its priority, its SLA clocks (none when
 * triage judged the message not a complaint) and the features later messages are compared with.
 */
public record Assessment(TriageState triage, Priority priority, ComplaintClocks clocks, DuplicateFeatures features) {

    /** Triage overrides an account's default unit only when at least this sure of another unit. */
    static final double OVERRIDE_DEFAULT_UNIT = 0.8;

    /**
     * An agency's own account (one with a default unit) routes its complaints to that unit unless triage
     * is very sure they belong to another: citizens write to the agency they mean.
     */
    public Assessment routedBy(InstagramAccount account) {
        if (account.defaultUnit() == null || !(triage instanceof TriageState.Assessed(var suggestion))
                || suggestion.unit().equals(account.defaultUnit())
                || suggestion.confidence() >= OVERRIDE_DEFAULT_UNIT) {
            return this;
        }
        var routed = suggestion.routedTo(account.defaultUnit(), "akun " + account.displayName());
        return new Assessment(new TriageState.Assessed(routed), priority, clocks, features);
    }
}
