package id.aduan.core.workflow;

import java.util.Objects;

/** An action that cannot be taken as asked: a field is missing, unknown or too long (answered 400). */
public final class InvalidAction extends IllegalArgumentException {

    private final String field;

    public InvalidAction(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The request field at fault, as the API names it. */
    public String field() {
        return field;
    }
}
