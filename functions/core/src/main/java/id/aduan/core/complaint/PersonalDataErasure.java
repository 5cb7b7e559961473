package id.aduan.core.complaint;

import id.aduan.core.triage.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What erasing a complaint's personal data (UU 27/2022) changes, and what it keeps. The reporter's
 * Instagram id and username, every text they wrote, their media and every free text staff wrote about
 * them are replaced by {@link #MARKER}; the anonymised figures stay (unit, category, priority, times,
 * SLA clocks, status history) and the timeline keeps its shape: the same events in the same order.
 * Erasing twice changes nothing more.
 */
public final class PersonalDataErasure {

    /** What stands where personal data was. */
    public static final String MARKER = "[dihapus]";

    /** Timeline details that hold what someone wrote, rather than ids, codes or times. */
    private static final Set<String> WRITTEN_TEXT = Set.of("text", "previousText", "note", "problem");
    /** A reason that is a code ({@code NOT_QUEUED}) says nothing about anyone and is kept. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private PersonalDataErasure() {
    }

    public static Complaint erase(Complaint complaint) {
        var rejection = complaint.rejection();
        return complaint.toBuilder()
                .reporter(Reporter.erased())
                .text(MARKER)
                .media(List.of())
                .replyTarget(new ReplyTarget(complaint.replyTarget().kind(), null))
                .rejection(rejection == null || rejection.note() == null ? rejection
                        : new Rejection(rejection.reason(), MARKER, rejection.referral(), rejection.duplicateOf()))
                .build();
    }

    public static ReporterMessage erase(ReporterMessage message) {
        return new ReporterMessage(message.instagramId(), message.channel(), MARKER, List.of(), message.sentAt(),
                message.editCount(), message.unsent(), message.instagramTime());
    }

    /** The event with its free texts replaced; the record of an erasure itself holds nothing erased. */
    public static TimelineEvent erase(TimelineEvent event) {
        if (event.type() == TimelineEvent.Type.PERSONAL_DATA_ERASED) {
            return event;
        }
        var details = new LinkedHashMap<String, String>();
        event.details().forEach((key, value) -> details.put(key, personal(key, value) ? MARKER : value));
        var reason = event.reason() == null || CODE.matcher(event.reason()).matches() ? event.reason() : MARKER;
        return new TimelineEvent(event.key(), event.at(), event.actor(), event.type(), reason, details);
    }

    public static ComplaintDetail erase(ComplaintDetail detail) {
        return new ComplaintDetail(erase(detail.complaint()),
                detail.messages().stream().map(PersonalDataErasure::erase).toList(),
                detail.timeline().stream().map(PersonalDataErasure::erase).toList());
    }

    /**
     * The timeline's record of an erasure: who asked (a staff member, or the retention job), when, on
     * what basis and why, and nothing of what was erased.
     */
    public static TimelineEvent recorded(Instant at, Actor by, Basis basis, String reason) {
        return new TimelineEvent("erasure/" + basis.name().toLowerCase(Locale.ROOT) + "/" + at.toEpochMilli(),
                at, by, TimelineEvent.Type.PERSONAL_DATA_ERASED, reason, Map.of("basis", basis.name()));
    }

    public enum Basis {
        /** The citizen asked for their data to be erased. */
        CITIZEN_REQUEST,
        /** The complaint was closed longer ago than the retention period. */
        RETENTION_PERIOD
    }

    private static boolean personal(String key, String value) {
        return WRITTEN_TEXT.contains(key) || !PersonalData.find(value).isEmpty();
    }
}
