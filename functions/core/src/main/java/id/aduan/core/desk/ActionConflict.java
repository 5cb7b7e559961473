package id.aduan.core.desk;

import java.util.List;

/**
 * A request that is well formed but cannot be done to this complaint as it is (answered 409): a reply
 * method that is closed, a comment that cannot be hidden. {@code options} lists what is possible instead.
 */
public final class ActionConflict extends RuntimeException {

    private final String code;
    private final List<String> options;

    public ActionConflict(String code, String message, List<String> options) {
        super(message);
        this.code = code;
        this.options = List.copyOf(options);
    }

    public String code() {
        return code;
    }

    public List<String> options() {
        return options;
    }
}
