package id.aduan.core.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What core's compiled classes refer to, read with the JDK's class-file API: every class named in a
 * class's constant pool, as a class entry or inside a type descriptor or generic signature.
 */
record CorePackages(Map<String, Set<String>> referencesByClass) {

    private static final Pattern DESCRIBED = Pattern.compile("L([\\w/$]+)[;<]");

    /** The classes compiled from core's main sources (the folder {@code anchor} was loaded from). */
    static CorePackages compiled(Class<?> anchor) {
        try {
            var root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            var references = new TreeMap<String, Set<String>>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                    var model = ClassFile.of().parse(Files.readAllBytes(file));
                    var named = new TreeSet<String>();
                    for (PoolEntry entry : model.constantPool()) {
                        switch (entry) {
                            case ClassEntry type -> named.add(type.asInternalName());
                            case Utf8Entry text -> DESCRIBED.matcher(text.stringValue()).results()
                                    .forEach(match -> named.add(match.group(1)));
                            default -> {
                            }
                        }
                    }
                    references.put(model.thisClass().asInternalName(), named);
                }
            }
            return new CorePackages(references);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Package to the other core packages its classes refer to, in dotted names. */
    Map<String, Set<String>> packageDependencies(String corePrefix) {
        var dependencies = new TreeMap<String, Set<String>>();
        referencesByClass.forEach((type, references) -> {
            var from = packageOf(type);
            var to = dependencies.computeIfAbsent(from, key -> new TreeSet<>());
            references.stream().map(CorePackages::packageOf)
                    .filter(other -> other.startsWith(corePrefix) && !other.equals(from))
                    .forEach(to::add);
        });
        return dependencies;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }
}
