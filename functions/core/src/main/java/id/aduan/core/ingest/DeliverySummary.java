package id.aduan.core.ingest;

import java.util.List;
import java.util.Map;

/** What taking in one delivery did: outcomes counted by kind, and the problems met. */
public record DeliverySummary(Map<String, Integer> outcomes, List<String> problems, boolean complete) {
    public DeliverySummary {
        outcomes = Map.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return complete && problems.isEmpty();
    }
}
