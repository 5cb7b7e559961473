package id.aduan.core.triage;

import java.util.List;

/**
 * A message as the triage rules read it: lower-case standard Indonesian tokens, emoji turned into
 * {@code emoji_*} tokens, links into {@code tautan}.
 */
public record NormalizedText(List<String> tokens) {

    static final NormalizedText EMPTY = new NormalizedText(List.of());

    public NormalizedText {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The tokens joined by single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }
}
