package id.aduan.core.language;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell staff, before it is put into words: a key of the {@link Phrasebook} and the
 * values for its {@code {0}}, {@code {1}}… An argument that is itself a phrase (a label such as an
 * action's name) is put into the same language as the sentence around it.
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments.stream().map(argument -> argument == null ? "" : argument).toList());
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    /** In English, for logs and exception messages. */
    @Override
    public String toString() {
        return Phrasebook.say(this, Language.ENGLISH);
    }
}
