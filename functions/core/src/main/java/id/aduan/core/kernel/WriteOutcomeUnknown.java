package id.aduan.core.kernel;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/**
 * A write was sent and no answer came in time: it may have been applied or not. Repeating it blindly
 * could apply it twice or meet a version it moved; the caller must read the state first.
 */
public final class WriteOutcomeUnknown extends RuntimeException implements Explained {

    public WriteOutcomeUnknown(Throwable cause) {
        super("the write was sent but its outcome is unknown", cause);
    }

    @Override
    public Phrase explanation() {
        return Phrase.of("error.outcomeUnknown");
    }
}
