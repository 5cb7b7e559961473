package id.aduan.local;

import id.aduan.adapters.dynamodb.TenantMigration.Outcome;
import id.aduan.adapters.dynamodb.TenantMigration.Summary;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code ./aduan migrate-tenant}'s summary: one line per kind of partition, with what became of its items. */
final class TenantMigrationReport {

    private TenantMigrationReport() {
    }

    static void print(Summary summary, PrintStream out) {
        out.printf("%-18s %s%n", "partition", "items");
        summary.byPartition().forEach((partition, outcomes) -> out.printf("%-18s %s%n", partition, counts(outcomes)));
        out.printf("%-18s %s%n", "all", counts(Arrays.stream(Outcome.values())
                .collect(Collectors.toMap(outcome -> outcome, summary::count))));
    }

    /** The outcomes that happened, in the order {@link Outcome} names them: {@code moved 84, platform 2}. */
    private static String counts(Map<Outcome, Long> outcomes) {
        return Arrays.stream(Outcome.values())
                .filter(outcome -> outcomes.getOrDefault(outcome, 0L) > 0)
                .map(outcome -> outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                        + outcomes.get(outcome))
                .collect(Collectors.joining(", "));
    }
}
