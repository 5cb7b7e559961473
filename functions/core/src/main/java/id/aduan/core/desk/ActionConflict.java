package id.aduan.core.desk;

import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;
import java.util.List;

/**
 * A request that is well formed but cannot be done to this complaint as it is (answered 409): a reply
 * method that is closed, a comment that cannot be hidden. {@code options} lists what is possible instead.
 */
public final class ActionConflict extends RuntimeException implements Explained {

    private final String code;
    private final Phrase explanation;
    private final List<String> options;

    public ActionConflict(String code, Phrase explanation, List<String> options) {
        super(explanation.toString());
        this.code = code;
        this.explanation = explanation;
        this.options = List.copyOf(options);
    }

    public String code() {
        return code;
    }

    public List<String> options() {
        return options;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
