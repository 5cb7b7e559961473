package id.aduan.core.account;

/** An account registration that cannot be used: the field at fault and a code clients can act on. */
public final class InvalidAccount extends IllegalArgumentException {

    private final String field;
    private final String code;

    public InvalidAccount(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
