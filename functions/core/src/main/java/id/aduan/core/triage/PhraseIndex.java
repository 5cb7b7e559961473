package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the phrases of a table in a normalised message. Each phrase counts once per message, however
 * often it occurs: a citizen who writes "rusak rusak rusak" is not three times more about roads.
 *
 * @param <T> what a phrase stands for (a unit and topic, a cue)
 */
final class PhraseIndex<T> {

    record Entry<T>(Phrase phrase, T value) {}

    /** A phrase found in a message, with the tokens that matched it (the evidence staff see). */
    record Hit<T>(Entry<T> entry, String surface) {

        T value() {
            return entry.value();
        }
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry<T>>> byFirstPrefix = new HashMap<>();
    /** The lengths of the prefix words, so that a token is cut only where a prefix word could match. */
    private final int[] prefixLengths;

    PhraseIndex(List<Entry<T>> entries) {
        var lengths = new java.util.TreeSet<Integer>();
        for (Entry<T> entry : entries) {
            Phrase.Word first = entry.phrase().first();
            var map = first.prefix() ? byFirstPrefix : byFirstWord;
            map.computeIfAbsent(first.stem(), key -> new ArrayList<>()).add(entry);
            if (first.prefix()) {
                lengths.add(first.stem().length());
            }
        }
        this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Hit<T>> find(List<String> tokens) {
        var seen = new IdentityHashMap<Entry<T>, Boolean>();
        var hits = new ArrayList<Hit<T>>();
        for (int at = 0; at < tokens.size(); at++) {
            String token = tokens.get(at);
            tryAll(byFirstWord.get(token), tokens, at, seen, hits);
            for (int length : prefixLengths) {
                if (length > token.length()) {
                    break;
                }
                tryAll(byFirstPrefix.get(token.substring(0, length)), tokens, at, seen, hits);
            }
        }
        return hits;
    }

    private void tryAll(List<Entry<T>> candidates, List<String> tokens, int at,
                        Map<Entry<T>, Boolean> seen, List<Hit<T>> hits) {
        if (candidates == null) {
            return;
        }
        for (Entry<T> entry : candidates) {
            if (seen.containsKey(entry)) {
                continue;
            }
            String surface = match(entry.phrase(), tokens, at);
            if (surface != null) {
                seen.put(entry, Boolean.TRUE);
                hits.add(new Hit<>(entry, surface));
            }
        }
    }

    /** The matched tokens, or null when the phrase does not occur with its first word at {@code at}. */
    private static String match(Phrase phrase, List<String> tokens, int at) {
        List<List<Phrase.Word>> parts = phrase.parts();
        if (!matchesAt(parts.getFirst(), tokens, at)) {
            return null;
        }
        int anchorEnd = at + parts.getFirst().size();
        var surface = new StringBuilder(String.join(" ", tokens.subList(at, anchorEnd)));
        for (List<Phrase.Word> part : parts.subList(1, parts.size())) {
            int found = findNear(part, tokens, at, anchorEnd);
            if (found < 0) {
                return null;
            }
            surface.append(" … ").append(String.join(" ", tokens.subList(found, found + part.size())));
        }
        return surface.toString();
    }

    private static int findNear(List<Phrase.Word> part, List<String> tokens, int anchorStart, int anchorEnd) {
        int from = Math.max(0, anchorStart - Phrase.NEAR - part.size());
        int to = Math.min(tokens.size() - part.size(), anchorEnd + Phrase.NEAR);
        for (int start = from; start <= to; start++) {
            boolean overlaps = start < anchorEnd && start + part.size() > anchorStart;
            if (!overlaps && matchesAt(part, tokens, start)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<Phrase.Word> words, List<String> tokens, int at) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches(tokens.get(at + i))) {
                return false;
            }
        }
        return true;
    }
}
