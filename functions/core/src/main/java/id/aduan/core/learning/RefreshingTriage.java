package id.aduan.core.learning;

import id.aduan.core.triage.Triage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The triage engine of a long-lived function: the built-in lexicon blended with the latest learned
 * model. The model is loaded once at start; afterwards its version is checked at most every
 * {@code checkEvery}, and the model read again only when a newer one was saved.
 */
public final class RefreshingTriage implements Supplier<Triage> {

    private final Triage builtIn;
    private final TriageModelStore models;
    private final Clock clock;
    private final Duration checkEvery;
    private Triage current;
    private long version = -1;
    private Instant checkedAt = Instant.MIN;

    public RefreshingTriage(Triage builtIn, TriageModelStore models, Clock clock, Duration checkEvery) {
        this.builtIn = builtIn;
        this.models = models;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.current = builtIn;
    }

    @Override
    public synchronized Triage get() {
        var now = clock.instant();
        if (checkedAt.plus(checkEvery).isAfter(now)) {
            return current;
        }
        checkedAt = now;
        if (version >= 0 && models.currentVersion() == version) {
            return current;
        }
        models.load().ifPresentOrElse(stored -> {
            current = builtIn.withModel(stored.model());
            version = stored.version();
        }, () -> version = 0);
        return current;
    }
}
