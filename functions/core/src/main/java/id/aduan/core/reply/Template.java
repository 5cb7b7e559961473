package id.aduan.core.reply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of one reply with its placeholders. It is checked when it is built, so a template an admin
 * edits is refused at once with every problem listed, rather than failing when a citizen is waiting.
 */
public record Template(TemplateKey key, String text) {

    /** Leaves room for the quoted values within a public comment and, mostly, within a direct message. */
    public static final int MAX_CHARACTERS = 800;

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

    public Template {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        List<String> problems = problems(key, text);
        if (!problems.isEmpty()) {
            throw new TemplateRejected(key, problems);
        }
    }

    /** The reply for one complaint; every placeholder the template quotes must have a value. */
    public String render(ReplyContext context) {
        Matcher token = TOKEN.matcher(text);
        StringBuilder reply = new StringBuilder();
        while (token.find()) {
            Placeholder placeholder = Placeholder.named(token.group(1)).orElseThrow();
            String value = context.value(placeholder).orElseThrow(() -> new TemplateValueMissing(key,
                    placeholder, context.trackingCode()));
            token.appendReplacement(reply, Matcher.quoteReplacement(value));
        }
        return token.appendTail(reply).toString();
    }

    private static List<String> problems(TemplateKey key, String text) {
        var problems = new ArrayList<String>();
        if (text.isBlank()) {
            problems.add("the text is empty");
        }
        int characters = text.codePointCount(0, text.length());
        if (characters > MAX_CHARACTERS) {
            problems.add("at most " + MAX_CHARACTERS + " characters, this one has " + characters);
        }
        Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            Placeholder.named(token.group(1))
                    .filter(key.allowed()::contains)
                    .ifPresentOrElse(used::add, () -> problems.add("unknown placeholder " + token.group()
                            + "; this template may use " + tokens(key.allowed())));
        }
        String outsidePlaceholders = TOKEN.matcher(text).replaceAll("");
        if (outsidePlaceholders.contains("{") || outsidePlaceholders.contains("}")) {
            problems.add("a brace without its partner; placeholders are written like {kode}");
        }
        Set<Placeholder> missing = EnumSet.copyOf(key.required());
        missing.removeAll(used);
        if (!missing.isEmpty()) {
            problems.add("must contain " + tokens(missing));
        }
        return problems;
    }

    private static String tokens(Set<Placeholder> placeholders) {
        return placeholders.stream().sorted().map(Placeholder::token).collect(Collectors.joining(", "));
    }
}
