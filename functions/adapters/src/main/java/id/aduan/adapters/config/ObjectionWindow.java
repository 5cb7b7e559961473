package id.aduan.adapters.config;

import id.aduan.core.workflow.Workflow;
import java.time.Duration;

/**
 * The deployment's objection window, {@code OBJECTION_WINDOW_DAYS} (set once in the template for every
 * function, so the webhook and the staff API reopen by the same rule).
 */
public final class ObjectionWindow {

    private ObjectionWindow() {
    }

    public static Workflow workflow(Settings settings) {
        return new Workflow(settings.optional("OBJECTION_WINDOW_DAYS")
                .map(days -> Duration.ofDays(Long.parseLong(days)))
                .orElse(Workflow.DEFAULT_OBJECTION_WINDOW));
    }
}
