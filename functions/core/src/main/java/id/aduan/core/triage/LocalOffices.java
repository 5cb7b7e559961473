package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which kelurahan, desa or kecamatan office a message names, and whether its matter is one such offices
 * handle. A name counts after its cue ("kelurahan", "kel.", "kecamatan", "kec.", "desa", "ds"); without
 * one only a place of the home city counts, and only when its name is not an ordinary word ("pasir",
 * "baru") nor part of a street or estate name ("Jl. Sukajadi"). A name that several places share is
 * told apart by the kecamatan named beside it, then by the home city; one that stays ambiguous names no
 * office, though it still says the message is about one.
 */
final class LocalOffices {

    /** What a message says about local offices. */
    record Finding(boolean named, Optional<LocalOffice> office, boolean localMatter) {
        static final Finding NONE = new Finding(false, Optional.empty(), false);

        /**
         * A named office and a matter it handles: the local office should rank first, when the router
         * already counts it among the likely units (a matter that clearly belongs elsewhere stays there).
         */
        boolean forLocalOffice(Routing routing, int among) {
            return named && localMatter && routing.ranked().subList(0, among).stream()
                    .anyMatch(candidate -> candidate.unit().equals(Triage.LOCAL_OFFICE_UNIT));
        }
    }

    private static final Map<String, Set<LocalOffice.Kind>> CUES = Map.of(
            "kelurahan", Set.of(LocalOffice.Kind.KELURAHAN, LocalOffice.Kind.DESA),
            "desa", Set.of(LocalOffice.Kind.DESA, LocalOffice.Kind.KELURAHAN),
            "ds", Set.of(LocalOffice.Kind.DESA, LocalOffice.Kind.KELURAHAN),
            "kecamatan", Set.of(LocalOffice.Kind.KECAMATAN));
    private static final Set<LocalOffice.Kind> ANY_KIND = Set.of(LocalOffice.Kind.values());
    private static final Set<String> STREET_WORDS = Set.of(
            "jalan", "jl", "jln", "gang", "gg", "komplek", "kompleks", "komp", "perum", "perumahan", "blok");
    private static final List<PhraseIndex.Entry<String>> LOCAL_MATTERS = localMatters();
    /** Without a cue, a one-word name this short is too likely something else. */
    private static final int SHORTEST_UNCUED_NAME = 5;

    private final Supplier<Gazetteer> gazetteer;
    private final HomeRegion home;
    private final Set<String> ordinaryWords;
    private final PhraseIndex<String> localMatters;

    LocalOffices(Supplier<Gazetteer> gazetteer, HomeRegion home, Collection<String> ordinaryWords) {
        this.gazetteer = gazetteer;
        this.home = home;
        this.ordinaryWords = Set.copyOf(ordinaryWords);
        this.localMatters = new PhraseIndex<>(LOCAL_MATTERS);
    }

    /** The words the local-matter phrases use, for the normaliser's vocabulary. */
    static Set<String> vocabulary() {
        var words = new java.util.HashSet<String>();
        LOCAL_MATTERS.forEach(entry -> words.addAll(entry.phrase().stems()));
        return words;
    }

    private static List<PhraseIndex.Entry<String>> localMatters() {
        var entries = new ArrayList<PhraseIndex.Entry<String>>();
        for (ResourceTable.Row row : ResourceTable.load("local-matters.tsv").rows()) {
            for (String phrase : Words.split(row.cell(1), ',')) {
                entries.add(new PhraseIndex.Entry<>(Phrase.parse(phrase), row.cell(0)));
            }
        }
        return List.copyOf(entries);
    }

    Finding find(NormalizedText text) {
        List<String> tokens = text.tokens();
        boolean localMatter = !localMatters.find(tokens).isEmpty();
        boolean cued = tokens.stream().anyMatch(CUES::containsKey);
        if (!cued && !localMatter) {
            return Finding.NONE;
        }
        var mentions = new ArrayList<List<LocalOffice>>();
        for (int at = 0; at < tokens.size(); at++) {
            Set<LocalOffice.Kind> kinds = CUES.get(tokens.get(at));
            if (kinds != null) {
                at += mention(tokens, at + 1, kinds, false, mentions);
            } else if (localMatter && (at == 0 || !STREET_WORDS.contains(tokens.get(at - 1)))) {
                at += mention(tokens, at, ANY_KIND, true, mentions);
            }
        }
        if (mentions.isEmpty()) {
            return new Finding(false, Optional.empty(), localMatter);
        }
        return new Finding(true, resolve(mentions), localMatter);
    }

    /** Adds the longest name starting at {@code from} to {@code mentions}; returns how many more words it took. */
    private int mention(List<String> tokens, int from, Set<LocalOffice.Kind> kinds, boolean homeOnly,
                        List<List<LocalOffice>> mentions) {
        for (int length = Math.min(Gazetteer.LONGEST_NAME, tokens.size() - from); length >= 1; length--) {
            List<String> words = tokens.subList(from, from + length);
            if (homeOnly && ordinary(words)) {
                continue;
            }
            List<LocalOffice> offices = gazetteer.get().named(String.join(" ", words)).stream()
                    .filter(office -> kinds.contains(office.kind()))
                    .filter(office -> !homeOnly || home.contains(office))
                    .toList();
            if (!offices.isEmpty()) {
                mentions.add(offices);
                return length - (homeOnly ? 1 : 0);
            }
        }
        return 0;
    }

    private boolean ordinary(List<String> words) {
        return words.size() == 1 && words.getFirst().length() < SHORTEST_UNCUED_NAME
                || ordinaryWords.containsAll(words);
    }

    /** The most precise office the mentions agree on: a kelurahan within a named kecamatan, a home place. */
    private Optional<LocalOffice> resolve(List<List<LocalOffice>> mentions) {
        List<String> kecamatan = mentions.stream()
                .map(this::preferHome)
                .filter(offices -> offices.size() == 1 && offices.getFirst().kind() == LocalOffice.Kind.KECAMATAN)
                .map(offices -> offices.getFirst().code() + ".")
                .toList();
        Optional<LocalOffice> broader = Optional.empty();
        for (List<LocalOffice> offices : mentions) {
            List<LocalOffice> within = kecamatan.isEmpty() ? offices : offices.stream()
                    .filter(office -> kecamatan.stream().anyMatch(office.code()::startsWith))
                    .toList();
            List<LocalOffice> chosen = preferHome(within.isEmpty() ? offices : within);
            if (chosen.size() == 1) {
                if (chosen.getFirst().kind() != LocalOffice.Kind.KECAMATAN) {
                    return Optional.of(chosen.getFirst());
                }
                broader = broader.or(() -> Optional.of(chosen.getFirst()));
            }
        }
        return broader;
    }

    private List<LocalOffice> preferHome(List<LocalOffice> offices) {
        List<LocalOffice> homeOffices = offices.stream().filter(home::contains).toList();
        return homeOffices.isEmpty() ? offices : homeOffices;
    }
}
