package id.aduan.staff;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** A request the staff API cannot read (answered 400 with the field at fault). */
final class BadRequest extends RuntimeException implements Explained {

    private final String code;
    private final String field;
    private final Phrase explanation;

    BadRequest(String code, String field, Phrase explanation) {
        super(explanation.toString());
        this.code = code;
        this.field = field;
        this.explanation = explanation;
    }

    static BadRequest invalid(String field, String key, Object... arguments) {
        return new BadRequest("INVALID_FIELD", field, Phrase.of(key, arguments));
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
