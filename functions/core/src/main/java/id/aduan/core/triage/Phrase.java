package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase of the built-in tables as the matcher reads it. Words are normalised tokens; a word ending
 * in {@code *} matches any token it begins ({@code banjir*} matches "banjirnya"); {@code ~} joins parts
 * that must all occur near each other, in any order ({@code lampu ~ mati} matches "lampu jalan di
 * depan mati" and "mati lampunya"), because citizens rarely put the object and its problem side by side.
 */
record Phrase(String text, List<List<Word>> parts) {

    /** How many tokens may lie between the parts of a {@code ~} phrase. */
    static final int NEAR = 5;

    record Word(String stem, boolean prefix) {

        boolean matches(String token) {
            return prefix ? token.startsWith(stem) : token.equals(stem);
        }
    }

    static Phrase parse(String text) {
        var parts = new ArrayList<List<Word>>();
        for (String part : Words.split(text, '~')) {
            var words = new ArrayList<Word>();
            for (String word : Words.split(part, ' ')) {
                words.add(word.endsWith("*") ? new Word(word.substring(0, word.length() - 1), true) : new Word(word, false));
            }
            if (!words.isEmpty()) {
                parts.add(List.copyOf(words));
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        return new Phrase(text.strip(), List.copyOf(parts));
    }

    Word first() {
        return parts.getFirst().getFirst();
    }

    /** The plain words of the phrase, for the normaliser's vocabulary. */
    List<String> stems() {
        var stems = new ArrayList<String>();
        for (List<Word> part : parts) {
            for (Word word : part) {
                stems.add(word.stem());
            }
        }
        return stems;
    }
}
