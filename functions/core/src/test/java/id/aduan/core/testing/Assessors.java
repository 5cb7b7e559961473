package id.aduan.core.testing;

import id.aduan.core.ingest.Assessor;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.triage.Duplicates;
import id.aduan.core.triage.Triage;
import java.util.List;

/** Assessors for tests of what comes after triage: the built-in triage, and no earlier complaints to compare with. */
public final class Assessors {

    private Assessors() {
    }

    public static Assessor builtIn(SlaRules rules) {
        return new Assessor(Triage::builtIn, new Duplicates(), (unit, since, limit) -> List.of(),
                (text, account, at) -> 0, (user, before, limit) -> List.of(), () -> rules);
    }
}
