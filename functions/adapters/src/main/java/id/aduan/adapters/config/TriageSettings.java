package id.aduan.adapters.config;

import id.aduan.adapters.dynamodb.DynamoDbTriageModelStore;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.learning.RefreshingTriage;
import id.aduan.core.triage.HomeRegion;
import id.aduan.core.triage.Triage;
import java.time.Duration;

/**
 * Triage as the functions that assess messages run it: at home in the kabupaten or kota
 * {@code HOME_REGION_CODE} names (Kota Bandung, 32.73, when unset), blended with the model the nightly
 * learner saved.
 */
public final class TriageSettings {

    public static final String HOME_REGION_CODE = "HOME_REGION_CODE";
    /** A model the nightly learner saved reaches running containers within this time. */
    private static final Duration MODEL_CHECK = Duration.ofMinutes(15);

    private TriageSettings() {
    }

    /** Build once per container; a home region the gazetteer does not list stops the function starting. */
    public static RefreshingTriage configured(FunctionRuntime runtime) {
        return new RefreshingTriage(Triage.builtIn(homeRegion(runtime.settings())),
                new DynamoDbTriageModelStore(runtime.table()), runtime.clock(), MODEL_CHECK);
    }

    static HomeRegion homeRegion(Settings settings) {
        var code = settings.optional(HOME_REGION_CODE);
        try {
            return code.map(HomeRegion::of).orElse(HomeRegion.KOTA_BANDUNG);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(HOME_REGION_CODE + ": " + e.getMessage(), e);
        }
    }
}
