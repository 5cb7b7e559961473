package id.aduan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What each dependency costs in a function's deployable jar: every entry of the shaded jar is traced to
 * the dependency jar it came from (or to the function's own classes), and its compressed size counted.
 *
 * <p>Usage: {@code JarCosts <functions dir>}; each function module must have been packaged.
 */
public final class JarCosts {

    private JarCosts() {
    }

    public static void main(String[] args) throws IOException {
        var functions = Path.of(args.length > 0 ? args[0] : "functions");
        try (var modules = Files.list(functions)) {
            for (Path module : modules.sorted().toList()) {
                var jar = module.resolve("target").resolve(module.getFileName() + ".jar");
                var classpath = module.resolve("target/runtime-classpath.txt");
                if (Files.isRegularFile(jar) && Files.isRegularFile(classpath)) {
                    report(jar, List.of(Files.readString(classpath).strip().split(":")));
                }
            }
        }
    }

    private static void report(Path shaded, List<String> dependencies) throws IOException {
        var origin = new HashMap<String, String>();
        for (String dependency : dependencies) {
            if (dependency.isBlank()) {
                continue;
            }
            try (var zip = new ZipFile(dependency)) {
                var name = artifact(Path.of(dependency));
                zip.stream().filter(e -> !e.isDirectory()).forEach(e -> origin.putIfAbsent(e.getName(), name));
            }
        }
        var bytes = new LinkedHashMap<String, Long>();
        long total = 0;
        try (var zip = new ZipFile(shaded.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                var from = origin.getOrDefault(entry.getName(),
                        entry.getName().startsWith("id/aduan/") ? "(Aduan's own code)" : "(shade: merged or generated)");
                bytes.merge(from, entry.getCompressedSize(), Long::sum);
                total += entry.getCompressedSize();
            }
        }
        var rows = new ArrayList<>(bytes.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        System.out.printf("%n%s: %.2f MB (compressed entries)%n", shaded.getFileName(), total / 1e6);
        for (var row : rows) {
            if (row.getValue() >= 20_000) {
                System.out.printf("  %-48s %8.1f KB  %4.1f %%%n", row.getKey(), row.getValue() / 1e3,
                        100.0 * row.getValue() / total);
            }
        }
        long small = rows.stream().filter(r -> r.getValue() < 20_000).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("  %-48s %8.1f KB%n", "(each under 20 KB, together)", small / 1e3);
    }

    /** {@code …/jackson-databind-2.23.0.jar} → {@code jackson-databind}. */
    private static String artifact(Path jar) {
        var name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        return name.replaceFirst("-\\d[\\w.\\-]*$", "");
    }
}
