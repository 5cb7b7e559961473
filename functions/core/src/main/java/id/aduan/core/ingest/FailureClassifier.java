package id.aduan.core.ingest;

/**
 * Tells a failure to take a change in that no retry can mend (the change itself is wrong for the store:
 * too large, not valid text) from one that may pass (throttling, a timeout, a race with another writer).
 */
public interface FailureClassifier {

    boolean isPermanent(RuntimeException failure);
}
