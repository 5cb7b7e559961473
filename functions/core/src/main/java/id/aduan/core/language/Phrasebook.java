package id.aduan.core.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every sentence and label staff read, in Indonesian and English, kept in one place:
 * {@code phrases_id.properties} and {@code phrases_en.properties} beside this class, one key each.
 * Keys name what is said ({@code error.forbidden.action}, {@code status.NEW}); {@code {0}}, {@code {1}}…
 * stand for a phrase's arguments. A test holds the two files to the same keys and placeholders.
 */
public final class Phrasebook {

    private static final Map<Language, Properties> PHRASES = load();

    private Phrasebook() {
    }

    public static String say(Phrase phrase, Language language) {
        var text = template(phrase.key(), language);
        var arguments = phrase.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            var argument = arguments.get(i);
            var value = argument instanceof Phrase inner ? say(inner, language) : String.valueOf(argument);
            text = text.replace("{" + i + "}", value);
        }
        return text;
    }

    /** A label without arguments: a status, an action, a clock. */
    public static String label(String key, Language language) {
        return template(key, language);
    }

    /** The keys of a language's phrases (for tests). */
    static Set<String> keys(Language language) {
        return PHRASES.get(language).stringPropertyNames();
    }

    static String template(String key, Language language) {
        var text = PHRASES.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no phrase " + key + " in " + language);
        }
        return text;
    }

    private static Map<Language, Properties> load() {
        var phrases = new EnumMap<Language, Properties>(Language.class);
        for (Language language : Language.values()) {
            var name = "phrases_" + language.tag() + ".properties";
            try (var in = Phrasebook.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name);
                }
                var properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                phrases.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return phrases;
    }
}
