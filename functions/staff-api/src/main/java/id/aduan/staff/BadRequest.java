package id.aduan.staff;

/** A request the staff API cannot read (answered 400 with the field at fault). */
final class BadRequest extends RuntimeException {

    private final String code;
    private final String field;

    BadRequest(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    static BadRequest invalid(String field, String message) {
        return new BadRequest("INVALID_FIELD", field, message);
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
