package id.aduan.core.kernel;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** The change was based on an old version of the complaint (answered 409 with the current version). */
public final class VersionConflict extends RuntimeException implements Explained {

    private final long currentVersion;
    private final Phrase explanation;

    public VersionConflict(long expected, long currentVersion) {
        this(Phrase.of("error.staleVersion", expected, currentVersion), currentVersion);
    }

    private VersionConflict(Phrase explanation, long currentVersion) {
        super(explanation.toString());
        this.explanation = explanation;
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
