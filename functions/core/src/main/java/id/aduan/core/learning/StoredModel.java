package id.aduan.core.learning;

import id.aduan.core.triage.LearnedModel;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The learned routing model as kept: the model, the last day of confirmed routings it has learned
 * from (so each day is learned once), and the version its next save must replace.
 */
public record StoredModel(LearnedModel model, LocalDate learnedThrough, long version) {
    public StoredModel {
        Objects.requireNonNull(model, "model");
    }

    public static StoredModel none() {
        return new StoredModel(LearnedModel.empty(), null, 0);
    }
}
