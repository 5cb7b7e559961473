package id.aduan.core.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What taking in one delivery did: outcomes counted by kind, the problems a retry may mend (throttling,
 * timeouts, races) and those it cannot (a malformed change, a text DynamoDB refuses), and the accounts
 * nobody registered whose changes were held until they are.
 */
public record DeliverySummary(Map<String, Integer> outcomes, List<String> problems, List<String> permanentProblems,
                              boolean complete, Set<String> heldFor) {
    public DeliverySummary {
        outcomes = Map.copyOf(outcomes);
        problems = List.copyOf(problems);
        permanentProblems = List.copyOf(permanentProblems);
        heldFor = Set.copyOf(heldFor);
    }

    public DeliverySummary(Map<String, Integer> outcomes, List<String> problems, List<String> permanentProblems,
                           boolean complete) {
        this(outcomes, problems, permanentProblems, complete, Set.of());
    }

    public boolean succeeded() {
        return complete && problems.isEmpty() && permanentProblems.isEmpty();
    }

    /** Everything a retry could do is done, and what is left no retry can mend. */
    public boolean deadLettered() {
        return complete && problems.isEmpty() && !permanentProblems.isEmpty();
    }

    /** Nothing is left that a retry could do: taken in, or set aside. */
    public boolean settled() {
        return succeeded() || deadLettered();
    }

    /** Every problem, those a retry may mend first. */
    public List<String> allProblems() {
        return Stream.concat(problems.stream(), permanentProblems.stream()).toList();
    }

    public boolean held() {
        return !heldFor.isEmpty();
    }
}
