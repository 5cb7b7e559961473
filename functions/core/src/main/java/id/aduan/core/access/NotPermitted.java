package id.aduan.core.access;

/** The staff member's roles do not allow what they asked for (answered 403). */
public final class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
