package id.aduan.staff;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** A change without the version it was based on (answered 428): no change may apply blind. */
final class VersionRequired extends RuntimeException implements Explained {

    private static final Phrase EXPLANATION = Phrase.of("error.versionRequired");

    VersionRequired() {
        super(EXPLANATION.toString());
    }

    @Override
    public Phrase explanation() {
        return EXPLANATION;
    }
}
