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
    void corePackagesFormNoCycle() {
        var dependencies = COMPILED.packageDependencies(CORE);

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
    void instagramPortNeedsNoConceptPackage() {
        var dependencies = COMPILED.packageDependencies(CORE);

        assertThat(dependencies.get(CORE + ".instagram")).as("what core.instagram depends on")
                .isSubsetOf(CORE + ".kernel", CORE + ".language");
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
