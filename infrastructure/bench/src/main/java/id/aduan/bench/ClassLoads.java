package id.aduan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a cold start's class loading goes: reads the {@code -Xlog:class+load} log of one {@link ColdStart}
 * run and counts the classes loaded by init (from the harness's main class to the mark of the first request)
 * and by the first request, by library.
 */
final class ClassLoads {

    /** Libraries by package prefix, most specific first. */
    private static final List<Map.Entry<String, String>> LIBRARIES = List.of(
            Map.entry("software.amazon.awssdk.services.dynamodb.model.", "DynamoDB model"),
            Map.entry("software.amazon.awssdk.enhanced.", "Enhanced Client"),
            Map.entry("software.amazon.awssdk.services.dynamodb.", "DynamoDB client"),
            Map.entry("software.amazon.awssdk.services.", "other AWS services"),
            Map.entry("software.amazon.awssdk.regions.", "SDK regions"),
            Map.entry("software.amazon.awssdk.endpoints.", "SDK endpoints"),
            Map.entry("software.amazon.awssdk.auth.", "SDK auth"),
            Map.entry("software.amazon.awssdk.http.auth.", "SDK auth"),
            Map.entry("software.amazon.awssdk.identity.", "SDK auth"),
            Map.entry("software.amazon.awssdk.thirdparty.jackson.", "SDK's shaded Jackson"),
            Map.entry("software.amazon.awssdk.protocols.", "SDK protocols"),
            Map.entry("software.amazon.awssdk.", "SDK core"),
            Map.entry("com.fasterxml.jackson.databind.", "jackson-databind"),
            Map.entry("com.fasterxml.jackson.", "jackson-core"),
            Map.entry("id.aduan.core.", "Aduan core"),
            Map.entry("id.aduan.adapters.", "Aduan adapters"),
            Map.entry("id.aduan.bench.", "bench harness"),
            Map.entry("id.aduan.", "the function"),
            Map.entry("java.", "JDK"),
            Map.entry("javax.", "JDK"),
            Map.entry("jdk.", "JDK"),
            Map.entry("sun.", "JDK"),
            Map.entry("com.sun.", "JDK"));

    private static final String HARNESS = ColdStart.class.getName();
    private static final String FIRST_REQUEST = ColdStart.FirstRequest.class.getName();

    /** Classes loaded in each phase of one run, by library. */
    record Counts(Map<String, Integer> init, Map<String, Integer> firstRequest) {

        static int total(Map<String, Integer> byLibrary) {
            return byLibrary.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ClassLoads() {
    }

    static Counts read(Path log) throws IOException {
        var init = new TreeMap<String, Integer>();
        var first = new TreeMap<String, Integer>();
        Map<String, Integer> phase = null;
        for (String line : Files.readAllLines(log)) {
            var name = className(line);
            if (name == null) {
                continue;
            }
            if (name.equals(HARNESS)) {
                phase = init;
            } else if (name.equals(FIRST_REQUEST)) {
                phase = first;
            } else if (phase != null) {
                phase.merge(library(name), 1, Integer::sum);
            }
        }
        return new Counts(init, first);
    }

    /** A Markdown table: classes per phase and the libraries that load most of them. */
    static String table(Map<String, Counts> byFunction) {
        var text = new StringBuilder("| function | init classes | by library (most first) | first request classes"
                + " | by library (most first) |\n|---|---|---|---|---|\n");
        byFunction.forEach((function, counts) -> text.append("| ").append(function)
                .append(" | ").append(Counts.total(counts.init()))
                .append(" | ").append(top(counts.init()))
                .append(" | ").append(Counts.total(counts.firstRequest()))
                .append(" | ").append(top(counts.firstRequest()))
                .append(" |\n"));
        return text.toString();
    }

    private static String top(Map<String, Integer> byLibrary) {
        var sorted = new LinkedHashMap<String, Integer>();
        byLibrary.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5).forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The class a {@code class+load} line names: {@code [0.012s][info][class,load] a.B source: …}. */
    private static String className(String line) {
        int tags = line.indexOf("[class,load] ");
        if (tags < 0) {
            return null;
        }
        int start = tags + "[class,load] ".length();
        int end = line.indexOf(' ', start);
        return end < 0 ? line.substring(start) : line.substring(start, end);
    }

    private static String library(String className) {
        return LIBRARIES.stream().filter(entry -> className.startsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> className.startsWith("software.amazon.") || className.startsWith("com.amazonaws.")
                        ? "Lambda runtime API" : "other");
    }
}
