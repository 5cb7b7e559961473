package id.aduan.core.sla;

import java.util.List;

/** An SLA policy an admin cannot save, with every problem found so all can be fixed at once. */
public final class InvalidSlaPolicy extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidSlaPolicy(List<String> problems) {
        super("invalid SLA policy: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
