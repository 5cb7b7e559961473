package id.aduan.core.workflow;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;
import java.util.Objects;

/** An action that cannot be taken as asked: a field is missing, unknown or too long (answered 400). */
public final class InvalidAction extends IllegalArgumentException implements Explained {

    private final String field;
    private final Phrase explanation;

    public InvalidAction(String field, Phrase explanation) {
        super(explanation.toString());
        this.field = Objects.requireNonNull(field, "field");
        this.explanation = explanation;
    }

    /** The request field at fault, as the API names it. */
    public String field() {
        return field;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
