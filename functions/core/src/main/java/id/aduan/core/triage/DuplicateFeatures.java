package id.aduan.core.triage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What duplicate detection needs to know of a complaint, small enough to store with each open one.
 *
 * @param reporterId the reporter's Instagram-scoped id
 * @param threadKey  the conversation: the root comment id, or the DM sender; null when unknown
 * @param text       the MinHash signature of the message text
 * @param places     the places the message names
 * @param unit       the unit it was routed to
 * @param topic      its topic label
 * @param receivedAt when it arrived
 */
public record DuplicateFeatures(String reporterId, String threadKey, TextSignature text, Set<Place> places,
                                String unit, String topic, Instant receivedAt) {

    public DuplicateFeatures {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        places = Set.copyOf(places);
    }

    /** The features of a new message, from its text and the triage result of that text. */
    public static DuplicateFeatures of(String message, TriageResult triage, String reporterId, String threadKey,
                                       Instant receivedAt) {
        return new DuplicateFeatures(reporterId, threadKey, TextSignature.of(message), Set.copyOf(triage.places()),
                triage.unit(), triage.topic(), receivedAt);
    }

    List<Place> sharedPlaces(DuplicateFeatures other) {
        return places.stream()
                .filter(place -> place.kind().identifies() && other.places.stream().anyMatch(place::sameAs))
                .sorted(java.util.Comparator.comparing(Place::toString))
                .toList();
    }
}
