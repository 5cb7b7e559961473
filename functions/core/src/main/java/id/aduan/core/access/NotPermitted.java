package id.aduan.core.access;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** The staff member's roles do not allow what they asked for (answered 403). */
public final class NotPermitted extends RuntimeException implements Explained {

    private final Phrase explanation;

    public NotPermitted(Phrase explanation) {
        super(explanation.toString());
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
