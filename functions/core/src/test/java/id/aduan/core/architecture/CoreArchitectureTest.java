package id.aduan.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.config.ConfigDesk;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Core stays the plain-Java bottom layer: no AWS types, and its packages form no cycle, so each can be
 * read, tested and moved on its own.
 */
class CoreArchitectureTest {

    private static final String CORE = "id.aduan.core";

    /**
     * Package dependencies that still close a cycle, each with why it is there. Removing the cause makes
     * the test fail until its entry is removed too, so the list only shrinks.
     */
    private static final Map<String, String> KNOWN_CYCLE_EDGES = Map.ofEntries(
            // core.port holds every port, so it speaks the values of packages whose use cases call it;
            // narrow ports kept beside their use cases remove these.
            Map.entry("id.aduan.core.port -> id.aduan.core.alert", "AlertOutbox, SlaStore and ChatPoster carry alerts"),
            Map.entry("id.aduan.core.port -> id.aduan.core.desk", "ComplaintCounting answers QueueCounts"),
            Map.entry("id.aduan.core.port -> id.aduan.core.digest", "DigestSource answers ComplaintSnapshots"),
            Map.entry("id.aduan.core.port -> id.aduan.core.health",
                    "TokenAuthority and TokenSecret carry token values"),
            Map.entry("id.aduan.core.port -> id.aduan.core.ingest",
                    "IngestionStore, RawDeliveryStore and MentionFetches carry ingestion values"),
            Map.entry("id.aduan.core.port -> id.aduan.core.learning",
                    "TriageModelStore and RoutingExamples carry learning values"),
            Map.entry("id.aduan.core.port -> id.aduan.core.reply",
                    "ReplyStore, ReplyQueue and InstagramClient carry reply values"),
            Map.entry("id.aduan.core.port -> id.aduan.core.report", "PeriodIndex answers Moves for a ReportWindow"));

    private static final CorePackages COMPILED = CorePackages.compiled(ConfigDesk.class);

    @Test
    void coreRefersToNoAwsType() {
        var aws = new TreeSet<String>();
        COMPILED.referencesByClass().forEach((type, references) -> references.stream()
                .filter(reference -> reference.startsWith("software/amazon/") || reference.startsWith("com/amazonaws/"))
                .forEach(reference -> aws.add(type + " -> " + reference)));

        assertThat(aws).isEmpty();
    }

    @Test
    void corePackagesFormNoCycleBeyondTheKnownOnes() {
        var dependencies = COMPILED.packageDependencies(CORE);
        KNOWN_CYCLE_EDGES.keySet().forEach(edge -> {
            var ends = edge.split(" -> ");
            dependencies.get(ends[0]).remove(ends[1]);
        });

        var cycles = new ArrayList<String>();
        for (Set<String> component : stronglyConnected(dependencies)) {
            if (component.size() > 1) {
                var edges = new TreeSet<String>();
                component.forEach(from -> dependencies.get(from).stream().filter(component::contains)
                        .forEach(to -> edges.add(from + " -> " + to)));
                cycles.add(String.join("\n", edges));
            }
        }

        assertThat(cycles).as("package cycles in core").isEmpty();
    }

    @Test
    void everyKnownCycleEdgeStillExists() {
        var dependencies = COMPILED.packageDependencies(CORE);

        assertThat(KNOWN_CYCLE_EDGES).allSatisfy((edge, reason) -> {
            var ends = edge.split(" -> ");
            assertThat(dependencies.getOrDefault(ends[0], Set.of()))
                    .as("%s (%s) is gone: remove it from the known cycle edges", edge, reason).contains(ends[1]);
        });
    }

    /** Tarjan's strongly connected components of the package graph. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        var stack = new ArrayDeque<String>();
        var components = new ArrayList<Set<String>>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, components);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            var component = new TreeSet<String>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
