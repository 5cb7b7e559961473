package id.aduan.core.learning;

import java.util.Optional;

/** Where the learned routing model lives, for the learner to refresh and the webhook to load. */
public interface TriageModelStore {

    Optional<StoredModel> load();

    /** The version saved last, read cheaply to decide whether a loaded model is stale. */
    long currentVersion();

    /** Saves the model as version {@code expectedVersion + 1}; false when another save came first. */
    boolean save(StoredModel model, long expectedVersion);
}
