package id.aduan.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's words: positional ones, {@code --name value} options (repeatable) and {@code --flag}s. */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    /** {@code flags} take no value; any other {@code --name} must be one of {@code valued} and takes one. */
    static Arguments parse(List<String> words, Set<String> valued, Set<String> flags) {
        var arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            if (!word.startsWith("--")) {
                arguments.positional.add(word);
                continue;
            }
            var name = word.substring(2);
            String value;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (flags.contains(name)) {
                value = "true";
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw new UsageError("--" + name + " needs a value");
            }
            if (!valued.contains(name) && !flags.contains(name)) {
                throw new UsageError("unknown option --" + name);
            }
            arguments.options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return arguments;
    }

    List<String> positional() {
        return List.copyOf(positional);
    }

    /** The one positional word the command takes. */
    String single(String what) {
        if (positional.size() != 1) {
            throw new UsageError("give " + what);
        }
        return positional.getFirst();
    }

    void noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageError("unexpected " + String.join(" ", positional));
        }
    }

    Optional<String> option(String name) {
        var values = options(name);
        if (values.size() > 1) {
            throw new UsageError("--" + name + " may be given once");
        }
        return values.stream().findFirst();
    }

    List<String> options(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** A mistake in how a command was called: exit code 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
