package id.aduan.core.complaint;

/** How writing a complaint's new state ended. */
public sealed interface SaveResult {

    record Saved() implements SaveResult {
    }

    /** Someone changed the complaint since it was read; nothing was written. */
    record StaleVersion(long currentVersion) implements SaveResult {
    }

    record NotFound() implements SaveResult {
    }
}
