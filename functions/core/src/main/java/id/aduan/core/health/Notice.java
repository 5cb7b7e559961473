package id.aduan.core.health;

import id.aduan.core.alert.Alert;
import java.util.Objects;

/**
 * One operational notice about an account and the alert that tells operations about it. The key says
 * what makes it the same notice: a token's warning is keyed by the token, so each threshold is raised
 * once per token; a subscription problem by the day, so it is repeated daily until mended.
 */
public record Notice(String key, Alert alert) {

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(alert, "alert");
    }
}
