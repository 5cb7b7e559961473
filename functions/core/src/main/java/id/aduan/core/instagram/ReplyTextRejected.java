package id.aduan.core.instagram;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** A reply text Instagram would refuse: empty, or over the limit of its channel. */
public final class ReplyTextRejected extends IllegalArgumentException implements Explained {

    private final Phrase explanation;

    public ReplyTextRejected(Phrase explanation) {
        super(explanation.toString());
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
