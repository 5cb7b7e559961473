package id.aduan.core.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What taking in one delivery did: outcomes counted by kind, the problems met, and the accounts nobody
 * registered whose changes were held until they are.
 */
public record DeliverySummary(Map<String, Integer> outcomes, List<String> problems, boolean complete,
                              Set<String> heldFor) {
    public DeliverySummary {
        outcomes = Map.copyOf(outcomes);
        problems = List.copyOf(problems);
        heldFor = Set.copyOf(heldFor);
    }

    public DeliverySummary(Map<String, Integer> outcomes, List<String> problems, boolean complete) {
        this(outcomes, problems, complete, Set.of());
    }

    public boolean succeeded() {
        return complete && problems.isEmpty();
    }

    public boolean held() {
        return !heldFor.isEmpty();
    }
}
