package id.aduan.core.triage;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggests which open complaint a new message may repeat: the reporter's own thread; nearly the same
 * text from anyone (a message forwarded around a neighbourhood); or the same place and topic within a
 * few days (three neighbours reporting one blocked drain). It never merges: staff decide.
 */
public final class Duplicates {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);
    public static final double DEFAULT_SIMILARITY = 0.7;

    private final Duration window;
    private final double similarity;

    public Duplicates() {
        this(DEFAULT_WINDOW, DEFAULT_SIMILARITY);
    }

    /**
     * @param window     how far apart in time two reports of one place and topic may be
     * @param similarity the estimated shingle overlap (0..1) above which two texts are the same
     */
    public Duplicates(Duration window, double similarity) {
        if (window.isNegative() || similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("window must be positive, similarity within (0, 1]");
        }
        this.window = window;
        this.similarity = similarity;
    }

    /** How far back to look for complaints a new message could duplicate. */
    public Duration window() {
        return window;
    }

    public Optional<DuplicateSuggestion> suggest(DuplicateFeatures message, List<OpenComplaint> open) {
        Optional<DuplicateSuggestion> sameThread = open.stream()
                .filter(complaint -> sameThread(message, complaint.features()))
                .max(Comparator.comparing(complaint -> complaint.features().receivedAt()))
                .map(complaint -> new DuplicateSuggestion(complaint.trackingCode(), DuplicateReason.SAME_THREAD,
                        "Pelapor dan percakapan yang sama"));
        if (sameThread.isPresent()) {
            return sameThread;
        }
        Optional<DuplicateSuggestion> sameText = open.stream()
                .map(complaint -> new Scored(complaint, message.text().similarity(complaint.features().text())))
                .filter(scored -> scored.score() >= similarity)
                .max(Comparator.comparingDouble(Scored::score))
                .map(scored -> new DuplicateSuggestion(scored.complaint().trackingCode(), DuplicateReason.SAME_TEXT,
                        String.format(Locale.ROOT, "Teks hampir sama (kemiripan %d%%)", Math.round(scored.score() * 100))));
        if (sameText.isPresent()) {
            return sameText;
        }
        return open.stream()
                .filter(complaint -> samePlaceAndTopic(message, complaint.features()))
                .min(Comparator.comparing(complaint -> apart(message, complaint.features())))
                .map(complaint -> new DuplicateSuggestion(complaint.trackingCode(), DuplicateReason.SAME_PLACE_AND_TOPIC,
                        placeAndTopic(message, complaint.features())));
    }

    private record Scored(OpenComplaint complaint, double score) {}

    private static boolean sameThread(DuplicateFeatures message, DuplicateFeatures open) {
        return message.threadKey() != null && message.threadKey().equals(open.threadKey())
                && Objects.equals(message.reporterId(), open.reporterId());
    }

    private boolean samePlaceAndTopic(DuplicateFeatures message, DuplicateFeatures open) {
        return Objects.equals(message.unit(), open.unit()) && Objects.equals(message.topic(), open.topic())
                && apart(message, open).compareTo(window) <= 0 && !message.sharedPlaces(open).isEmpty();
    }

    private static Duration apart(DuplicateFeatures message, DuplicateFeatures open) {
        return Duration.between(open.receivedAt(), message.receivedAt()).abs();
    }

    private static String placeAndTopic(DuplicateFeatures message, DuplicateFeatures open) {
        String place = message.sharedPlaces(open).getFirst().name();
        long hours = apart(message, open).toHours();
        String when = hours < 24 ? hours + " jam" : hours / 24 + " hari";
        return "Tempat (" + place + ") dan topik (" + open.topic() + ") sama, selisih " + when;
    }
}
