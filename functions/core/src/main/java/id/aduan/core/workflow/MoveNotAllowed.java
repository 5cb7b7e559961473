package id.aduan.core.workflow;

import id.aduan.core.kernel.Status;
import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;
import java.util.EnumSet;
import java.util.Set;

/** The workflow does not allow the action in the complaint's status now (answered 409 with the allowed ones). */
public final class MoveNotAllowed extends RuntimeException implements Explained {

    private final ActionKind attempted;
    private final Status status;
    private final Set<ActionKind> allowed;
    private final Phrase explanation;

    public MoveNotAllowed(ActionKind attempted, Status status, Set<ActionKind> allowed, Phrase why) {
        super(why.toString());
        this.explanation = why;
        this.attempted = attempted;
        this.status = status;
        this.allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    public ActionKind attempted() {
        return attempted;
    }

    public Status status() {
        return status;
    }

    /** Every action the workflow allows in this status now, whoever asks. */
    public Set<ActionKind> allowed() {
        return allowed;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}
