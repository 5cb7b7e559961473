package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a message as citizens type it on a phone into standard Indonesian tokens: lower case, fancy
 * Unicode letters folded, letters stretched for emphasis shortened ("parahhhh" becomes "parah"),
 * abbreviations, slang, frequent typos and common Sundanese and Javanese words replaced by their
 * Indonesian equivalent (table {@code slang.tsv}), possessive suffixes dropped when what remains is a
 * known word ("jalannya", "caina"), emoji kept as {@code emoji_*} tokens, links as {@code tautan}.
 */
public final class Normalizer {

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|id|ly|me|co|net|org|xyz|site|link|vip|top|gg)(?:/\\S*)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HANDLE = Pattern.compile("@[\\w.]+");
    private static final String LINK_TOKEN = " tautan ";
    private static final List<String> SUFFIXES = List.of("nya", "na", "ny", "lah", "kah");
    private static final int SHORTEST_STEM = 3;

    private final Map<String, List<String>> replacements;
    private final Set<String> vocabulary;
    private final Map<Integer, String> emoji;

    Normalizer(Map<String, List<String>> replacements, Map<Integer, String> emoji, Collection<String> knownWords) {
        this.replacements = Map.copyOf(replacements);
        this.emoji = Map.copyOf(emoji);
        var words = new HashSet<String>(knownWords);
        replacements.values().forEach(words::addAll);
        words.addAll(replacements.keySet());
        this.vocabulary = Set.copyOf(words);
    }

    /** The built-in slang and emoji tables; {@code knownWords} are the words the rules look for. */
    static Normalizer builtIn(Collection<String> knownWords) {
        var replacements = new HashMap<String, List<String>>();
        for (ResourceTable.Row row : ResourceTable.load("slang.tsv").rows()) {
            String to = row.cells().size() > 1 ? row.cell(1) : "";
            replacements.put(row.cell(0), to.isEmpty() ? List.of() : List.of(to.split(" ")));
        }
        var emoji = new HashMap<Integer, String>();
        for (ResourceTable.Row row : ResourceTable.load("emoji.tsv").rows()) {
            String symbols = row.cell(1);
            for (int i = 0; i < symbols.length(); ) {
                int cp = symbols.codePointAt(i);
                i += Character.charCount(cp);
                if (!isJoiner(cp)) {
                    emoji.put(cp, row.cell(0));
                }
            }
        }
        return new Normalizer(replacements, emoji, knownWords);
    }

    public NormalizedText normalize(String message) {
        if (message == null || message.isBlank()) {
            return NormalizedText.EMPTY;
        }
        String text = (isAscii(message) ? message : java.text.Normalizer.normalize(message, java.text.Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
        if (text.indexOf('@') >= 0) {
            text = HANDLE.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
        }
        if (text.indexOf('.') >= 0) {
            text = LINK.matcher(text).replaceAll(LINK_TOKEN);
        }
        var tokens = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_' || (cp == '-' && !word.isEmpty())) {
                word.appendCodePoint(cp);
            } else if (cp == '\'' || cp == '’' || isJoiner(cp)) {
                continue;
            } else {
                addWord(word, tokens);
                String cue = emoji.get(cp);
                if (cue != null && (tokens.isEmpty() || !tokens.getLast().equals(cue))) {
                    tokens.add(cue);
                }
            }
        }
        addWord(word, tokens);
        return new NormalizedText(tokens);
    }

    private void addWord(StringBuilder word, List<String> tokens) {
        if (word.isEmpty()) {
            return;
        }
        String[] parts = word.toString().split("-+");
        word.setLength(0);
        boolean reduplicated = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(parts[0]::equals);
        if (reduplicated) {
            addPart(parts[0], tokens);
            return;
        }
        for (String part : parts) {
            addPart(part, tokens);
        }
    }

    private void addPart(String part, List<String> tokens) {
        if (part.isEmpty()) {
            return;
        }
        if (part.chars().allMatch(Character::isDigit)) {
            tokens.add(stripLeadingZeros(part));
            return;
        }
        String word = withoutSuffix(unstretched(withoutRepeatMark(part)));
        List<String> replacement = replacements.get(word);
        if (replacement != null) {
            tokens.addAll(replacement);
        } else {
            tokens.add(word);
        }
    }

    /** "parahhhh" → "parah", "gelaaap" → "gelap", "tolongg" → "tolong"; "maaf" and "saat" stay. */
    String unstretched(String word) {
        String squeezed = squeeze(word, 2);
        if (isKnown(squeezed)) {
            return squeezed;
        }
        String single = squeeze(word, 1);
        if (isKnown(single) || !squeezed.equals(word)) {
            return single;
        }
        return hasDoubleLetterAtEnd(word) ? word.substring(0, word.length() - 1) : word;
    }

    /** "bolong2", "anak2": the 2 marks a repeated word, written out as "bolong-bolong". */
    private static String withoutRepeatMark(String part) {
        int n = part.length();
        return n > 2 && part.charAt(n - 1) == '2' && Character.isLetter(part.charAt(n - 2)) ? part.substring(0, n - 1) : part;
    }

    private String withoutSuffix(String word) {
        if (isKnown(word)) {
            return word;
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= SHORTEST_STEM) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (isKnown(stem)) {
                    return stem;
                }
            }
        }
        return word;
    }

    private boolean isKnown(String word) {
        return vocabulary.contains(word);
    }

    private static String squeeze(String word, int longestRun) {
        var out = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c && Character.isLetter(c) ? run + 1 : 1;
            if (run <= longestRun) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasDoubleLetterAtEnd(String word) {
        int n = word.length();
        return n > 3 && word.charAt(n - 1) == word.charAt(n - 2) && Character.isLetter(word.charAt(n - 1));
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
