package id.aduan.staff;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** A path that names nothing the staff API has (answered 404). */
final class NoSuchResource extends RuntimeException implements Explained {

    private final Phrase explanation;

    NoSuchResource(Phrase explanation) {
        super(explanation.toString());
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
