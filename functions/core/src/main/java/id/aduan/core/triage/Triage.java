package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;
import id.aduan.core.unit.UnitCatalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Triage of one citizen message: is it a complaint (or praise, a question, spam), which unit handles
 * it, on what topic, how urgent, and what personal data and places it contains. Built once per
 * container from the built-in tables, optionally with a model learned from confirmed routings;
 * immutable and safe to share between threads.
 */
public final class Triage {

    /** How many candidate units a result lists. */
    public static final int CANDIDATES = 3;
    private static final int EVIDENCE = 8;
    /** Below this belief in the best unit, the reporter is asked what and where. */
    private static final double UNSURE = 0.25;
    private static final String NO_TEXT_TOPIC = "Perlu detail";
    private static final String SPAM_TOPIC = "Spam";
    /** The unit of the kelurahan and kecamatan offices. */
    static final String LOCAL_OFFICE_UNIT = "KEWILAYAHAN";

    private final UnitCatalog catalog;
    private final Lexicon lexicon;
    private final Cues cues;
    private final Normalizer normalizer;
    private final TextFeatures features;
    private final Places places;
    private final LocalOffices offices;
    private final Router router;

    private Triage(UnitCatalog catalog, Lexicon lexicon, Cues cues, Normalizer normalizer, TextFeatures features,
                   Places places, LocalOffices offices, LearnedModel model) {
        this.catalog = catalog;
        this.lexicon = lexicon;
        this.cues = cues;
        this.normalizer = normalizer;
        this.features = features;
        this.places = places;
        this.offices = offices;
        this.router = new Router(lexicon, model, features);
    }

    /** Triage with the built-in lexicon alone, at home in Kota Bandung (whose neighbourhoods areas.tsv lists). */
    public static Triage builtIn() {
        return builtIn(HomeRegion.KOTA_BANDUNG);
    }

    /** Triage with the built-in lexicon alone, at home in {@code home}: what a new deployment starts with. */
    public static Triage builtIn(HomeRegion home) {
        UnitCatalog catalog = UnitCatalog.DEFAULT;
        Lexicon lexicon = Lexicon.builtIn(catalog);
        Cues cues = Cues.builtIn();
        var stopwords = TextFeatures.builtInStopwords();
        var nameEnds = new HashSet<String>(cues.words());
        nameEnds.addAll(stopwords);
        var words = new HashSet<String>(nameEnds);
        words.addAll(lexicon.words());
        var ordinaryWords = Set.copyOf(words);
        words.addAll(LocalOffices.vocabulary());
        Normalizer normalizer = Normalizer.builtIn(words);
        return new Triage(catalog, lexicon, cues, normalizer, new TextFeatures(normalizer, stopwords),
                Places.builtIn(nameEnds), new LocalOffices(Gazetteer::westJava, home, ordinaryWords),
                LearnedModel.empty());
    }

    /** The same triage, blending the lexicon with what staff taught {@code model}. */
    public Triage withModel(LearnedModel model) {
        return new Triage(catalog, lexicon, cues, normalizer, features, places, offices, model);
    }

    /** A learner that adds confirmed routings to the built-in units to {@code start} (at first {@link LearnedModel#empty()}). */
    public Learner learner(LearnedModel start) {
        return learner(start, catalog);
    }

    /** A learner that adds confirmed routings to any of {@code units} (as configured now) to {@code start}. */
    public Learner learner(LearnedModel start, UnitCatalog units) {
        return new Learner(features, units, start, (base, unit, text) -> {
            NormalizedText normalized = normalizer.normalize(text);
            return new Router(lexicon, base, features).rightAtEachShare(normalized, lexicon.scan(normalized), unit);
        });
    }

    /** The message as the rules read it (see {@link Normalizer}). */
    public NormalizedText normalize(String message) {
        return normalizer.normalize(message);
    }

    /**
     * Triage of one message. A missing or blank text (a story mention with only media) is a complaint
     * to ask details about: {@code needsDetails}, confidence 0, unit UMUM.
     */
    public TriageResult assess(String message) {
        NormalizedText text = normalizer.normalize(message);
        LexiconScan scan = lexicon.scan(text);
        CueScores cueScores = cues.scan(text);
        LocalOffices.Finding local = offices.find(text);
        Routing routed = router.route(text, scan);
        Routing routing = local.forLocalOffice(routed, CANDIDATES)
                ? routed.preferring(LOCAL_OFFICE_UNIT, scan.topic(LOCAL_OFFICE_UNIT), localEvidence(local, routed, scan))
                : routed;
        List<PersonalDataSpan> personal = PersonalData.find(message);
        List<Place> named = withOffice(places.find(message, text), local.office());
        if (text.isEmpty()) {
            return new TriageResult(true, Optional.empty(), Router.FALLBACK_UNIT, top(routing), NO_TEXT_TOPIC,
                    Priority.NORMAL, 0.0, List.of(), personal, named, Optional.empty(), true, false);
        }
        Intent intent = Intent.of(cueScores, scan.best(), routing.rejectionBelief());
        Candidate best = routing.best();
        Priority priority = PriorityRules.of(intent, cueScores, routing.topic());
        boolean needsDetails = intent.complaint() && (!routing.informed() || best.score() < UNSURE);
        return new TriageResult(intent.complaint(), intent.reason(), best.unit(), top(routing),
                topic(intent, routing), priority, confidence(intent, best), evidence(intent, routing, cueScores),
                personal, named, local.office(), needsDetails, intent.doubtful());
    }

    /** The office named, then what spoke for the local office unit. */
    private static List<String> localEvidence(LocalOffices.Finding local, Routing routed, LexiconScan scan) {
        var words = new ArrayList<String>();
        local.office().ifPresent(office -> words.add(office.label().toLowerCase(java.util.Locale.ROOT)));
        words.addAll(routed.best().unit().equals(LOCAL_OFFICE_UNIT) ? routed.evidence() : scan.evidence(LOCAL_OFFICE_UNIT));
        return words;
    }

    /** The places named, with the office's place among them (an area), for duplicates of the same place. */
    private static List<Place> withOffice(List<Place> named, Optional<LocalOffice> office) {
        if (office.isEmpty()) {
            return named;
        }
        var area = new Place(Place.Kind.AREA, Gazetteer.key(office.get().name()));
        return named.stream().anyMatch(area::sameAs) ? named
                : java.util.stream.Stream.concat(named.stream(), java.util.stream.Stream.of(area)).toList();
    }

    private static List<Candidate> top(Routing routing) {
        return routing.ranked().subList(0, CANDIDATES).stream()
                .map(candidate -> new Candidate(candidate.unit(), Math.round(candidate.score() * 1000) / 1000.0))
                .toList();
    }

    private static String topic(Intent intent, Routing routing) {
        return intent.reason()
                .map(reason -> switch (reason.rejection()) {
                    case SPAM -> SPAM_TOPIC;
                    case NOT_A_COMPLAINT -> reason == NotComplaintReason.QUESTION && routing.informed()
                            ? routing.topic().label() : reason.label();
                })
                .orElse(routing.topic().label());
    }

    private static double confidence(Intent intent, Candidate best) {
        double confidence = intent.complaint() ? intent.certainty() * best.score() : intent.certainty();
        return Math.round(confidence * 100) / 100.0;
    }

    private static List<String> evidence(Intent intent, Routing routing, CueScores cueScores) {
        var words = new LinkedHashSet<String>();
        if (intent.complaint() || intent.reason().orElseThrow() == NotComplaintReason.QUESTION) {
            words.addAll(routing.evidence());
        }
        words.addAll(intent.evidence());
        if (intent.complaint()) {
            words.addAll(cueScores.evidenceFor(Cue.ONGOING));
            words.addAll(cueScores.evidenceFor(Cue.WIDESPREAD));
        }
        return new ArrayList<>(words).subList(0, Math.min(EVIDENCE, words.size()));
    }
}
