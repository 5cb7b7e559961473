package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places a message names: streets (Jl. Cibiru Hilir), alleys (Gg. Kujang), housing estates,
 * kelurahan and kecamatan, landmarks (depan SDN 2, Pasar Kosambi), RT/RW, and the neighbourhoods of
 * {@code areas.tsv}. Two complaints about the same place and topic within a few days are probably one.
 */
final class Places {

    private static final String NAME_WORD = "[\\p{L}0-9][\\p{L}0-9.'’-]*";
    private static final Pattern STREET = Pattern.compile(
            "(?:\\b(?i:jln|jl)(?![a-z])\\.?\\s*|\\b[Jj]alan\\s+(?=\\p{Lu}))(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})");
    private static final Pattern ALLEY = Pattern.compile(
            "\\b(?i:gg|gang)\\.?\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2})");
    private static final Pattern ESTATE = Pattern.compile(
            "\\b(?i:komplek|kompleks|komp|perum|perumahan)\\.?\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2})");
    private static final Pattern DISTRICT = Pattern.compile(
            "\\b(?i:kelurahan|kel|kecamatan|kec|desa|ds)\\.?\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2})");
    private static final Pattern LANDMARK = Pattern.compile(
            "(?i)\\b((?:sdn|smpn|sman|smkn|sd|smp|sma|smk|mts|man)\\s*(?:negeri\\s*)?\\d{1,3}"
                    + "|(?:puskesmas|pasar|masjid|mesjid|rsud|rs|hotel|halte|terminal|stasiun|taman|kantor|polsek|gereja|spbu|alun)"
                    + "\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)");
    private static final Pattern NEIGHBOURHOOD = Pattern.compile(
            "(?i)\\brt\\.?\\s*0*(\\d{1,3})\\s*[/,]?\\s*(?:rw\\.?\\s*0*(\\d{1,3}))?");
    /** Words that end a place name, besides stopwords and the words of cues ("rusak", "tumbang"). */
    private static final Set<String> NAME_ENDS = Set.of(
            "depan", "dekat", "deket", "samping", "sebelah", "belakang", "seberang", "arah", "no", "nomor", "rt", "rw",
            "kel", "kec", "kelurahan", "kecamatan", "di", "yang", "yg", "sudah", "udah", "sdh", "dan", "atau", "tadi",
            "ini", "itu", "ada", "sejak", "mulai", "sampai", "rusak", "berlubang", "mati", "banjir", "macet", "gelap",
            "tolong", "mohon", "min", "pak", "bu", "kak", "tiap", "setiap", "persis", "tepatnya", "lagi", "masih", "belum",
            "nya", "got", "udh", "gk", "ga");
    /** Words that are often part of a name although they are stopwords elsewhere. */
    private static final Set<String> NAME_WORDS = Set.of(
            "atas", "bawah", "tengah", "baru", "lama", "hilir", "hulu", "kidul", "kaler", "wetan", "kulon", "raya");

    private final PhraseIndex<String> areas;
    private final Set<String> nameEnds;

    private Places(PhraseIndex<String> areas, Set<String> nameEnds) {
        this.areas = areas;
        this.nameEnds = nameEnds;
    }

    static Places builtIn(java.util.Collection<String> wordsThatEndNames) {
        var entries = new ArrayList<PhraseIndex.Entry<String>>();
        for (ResourceTable.Row row : ResourceTable.load("areas.tsv").rows()) {
            for (String phrase : Words.split(row.cell(1), ',')) {
                entries.add(new PhraseIndex.Entry<>(Phrase.parse(phrase), row.cell(0)));
            }
        }
        var ends = new java.util.HashSet<String>(NAME_ENDS);
        ends.addAll(wordsThatEndNames);
        ends.removeAll(NAME_WORDS);
        return new Places(new PhraseIndex<>(entries), Set.copyOf(ends));
    }

    List<Place> find(String message, NormalizedText normalized) {
        if (message == null || message.isBlank()) {
            return List.of();
        }
        var found = new LinkedHashSet<Place>();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("jl") || lower.contains("jalan")) {
            named(STREET, message, Place.Kind.STREET, found);
        }
        if (lower.contains("gg") || lower.contains("gang")) {
            named(ALLEY, message, Place.Kind.ALLEY, found);
        }
        if (lower.contains("komp") || lower.contains("perum")) {
            named(ESTATE, message, Place.Kind.ESTATE, found);
        }
        if (lower.contains("kel") || lower.contains("kec") || lower.contains("desa") || lower.contains("ds")) {
            named(DISTRICT, message, Place.Kind.AREA, found);
        }
        named(LANDMARK, message, Place.Kind.LANDMARK, found);
        for (PhraseIndex.Hit<String> hit : areas.find(normalized.tokens())) {
            found.add(new Place(Place.Kind.AREA, hit.value()));
        }
        Matcher rt = NEIGHBOURHOOD.matcher(message);
        while (lower.contains("rt") && rt.find()) {
            String name = "rt " + rt.group(1) + (rt.group(2) == null ? "" : " rw " + rt.group(2));
            found.add(new Place(Place.Kind.NEIGHBOURHOOD, name));
        }
        return List.copyOf(found);
    }

    private void named(Pattern pattern, String message, Place.Kind kind, Set<Place> found) {
        Matcher matcher = pattern.matcher(message);
        while (matcher.find()) {
            String name = canonical(matcher.group(1));
            if (!name.isEmpty()) {
                found.add(new Place(kind, name));
            }
        }
    }

    /** Lower case, punctuation to spaces, cut at the first word that is no longer part of a name. */
    String canonical(String raw) {
        var words = new ArrayList<String>();
        for (String word : Words.split(spaced(raw.toLowerCase(Locale.ROOT)), ' ')) {
            if (!words.isEmpty() && nameEnds.contains(word) || NAME_ENDS.contains(word)) {
                break;
            }
            words.add(withoutLeadingZeros(word));
        }
        return String.join(" ", words);
    }

    private static String spaced(String name) {
        var out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c == '.' || c == '\'' || c == '’' || c == '-' || Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString();
    }

    /** "03" → "3": RT 03 and RT 3 are the same. */
    private static String withoutLeadingZeros(String word) {
        int i = 0;
        while (i < word.length() - 1 && word.charAt(i) == '0' && Character.isDigit(word.charAt(i + 1))) {
            i++;
        }
        return word.substring(i);
    }
}
