package id.aduan.core.desk;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/**
 * No such complaint, or one the staff member may not see: the two answer alike (404), so that a unit
 * learns nothing about another unit's complaints.
 */
public final class ComplaintNotFound extends RuntimeException implements Explained {

    private final Phrase explanation;

    public ComplaintNotFound(String reference) {
        this(Phrase.of("error.notFound.complaint", reference));
    }

    private ComplaintNotFound(Phrase explanation) {
        super(explanation.toString());
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
