package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Status;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.triage.PersonalData;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the public may see of a complaint, on the public page and in Open311: never the reporter's
 * username, Instagram ids, phone numbers, NIK/KK or e-mail addresses, never Instagram media.
 * <ul>
 * <li>Published are the complaints judged complaints (their SLA clocks run) and not rejected.</li>
 * <li>A tracking code shows its complaint's status and public replies unless it was rejected as spam.</li>
 * <li>The text is published only when it holds no personal data and names no one (an @handle or the
 *     reporter's username); otherwise the description stays empty.</li>
 * <li>Public replies are the replies staff sent under the citizen's comment, with personal data masked.</li>
 * </ul>
 */
public final class Publication {

    static final String GENERAL_UNIT = "UMUM";
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}._]+");
    /**
     * Eight or more digits, separators between them allowed: any phone number, NIK or KK, valid or not.
     * Stricter than {@link PersonalData}, which staff masking uses: the public sees none of it.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[\\s.\\-]?\\d){7,}");

    /** A public reply as the citizen read it under their comment. */
    public record PublicReply(Instant at, String text) {
    }

    private Publication() {
    }

    public static boolean isPublished(Complaint complaint) {
        return complaint.status() != Status.REJECTED && complaint.clocks() != null;
    }

    public static boolean isTrackable(Complaint complaint) {
        return complaint.rejection() == null || complaint.rejection().reason() != RejectionReason.SPAM;
    }

    /** Open311's closed: the city reports it done (the reporter may still object) or it is over. */
    public static boolean isClosed(Complaint complaint) {
        return complaint.status() == Status.RESOLVED || complaint.status().isFinal();
    }

    /** The unit that answers for it: the one staff set, else the one triage suggested, else the general one. */
    public static String responsibleUnit(Complaint complaint) {
        if (complaint.unit() != null) {
            return complaint.unit();
        }
        return complaint.triage() instanceof TriageState.Assessed assessed ? assessed.suggestion().unit() : GENERAL_UNIT;
    }

    public static String description(Complaint complaint) {
        var text = complaint.text();
        if (text == null || text.isBlank() || !PersonalData.find(text).isEmpty() || HANDLE.matcher(text).find()
                || LONG_NUMBER.matcher(text).find()) {
            return "";
        }
        var username = complaint.reporter().username();
        if (username != null && !username.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return "";
        }
        return text.strip();
    }

    /** Numbers, e-mail addresses and @handles in a text the city wrote, replaced by asterisks. */
    public static String mask(String text) {
        var withoutNumbers = LONG_NUMBER.matcher(text).replaceAll("****");
        return HANDLE.matcher(PersonalData.mask(withoutNumbers)).replaceAll("@***");
    }

    /** The replies sent publicly under the citizen's comment, oldest first. */
    public static List<PublicReply> publicReplies(List<TimelineEvent> timeline) {
        var sentAt = new HashMap<String, Instant>();
        for (TimelineEvent event : timeline) {
            if (event.type() == TimelineEvent.Type.REPLY_SENT && event.details().get("replyId") != null) {
                sentAt.put(event.details().get("replyId"), event.at());
            }
        }
        return timeline.stream()
                .filter(event -> event.type() == TimelineEvent.Type.REPLY_QUEUED)
                .filter(event -> ReplyMethod.PUBLIC_COMMENT_REPLY.name().equals(event.details().get("method")))
                .filter(event -> sentAt.containsKey(event.details().get("replyId")) && event.details().get("text") != null)
                .map(event -> new PublicReply(sentAt.get(event.details().get("replyId")),
                        mask(event.details().get("text"))))
                .sorted(Comparator.comparing(PublicReply::at))
                .toList();
    }

    /** When the city should be done: the deadline of the resolution clock, else of the earliest running clock. */
    public static Optional<Instant> expectedAt(Complaint complaint) {
        if (complaint.clocks() == null || isClosed(complaint)) {
            return Optional.empty();
        }
        var resolution = complaint.clocks().clock(ClockKind.RESOLUTION).flatMap(Publication::deadline);
        return resolution.or(() -> complaint.clocks().clocks().values().stream()
                .flatMap(clock -> deadline(clock).stream()).min(Instant::compareTo));
    }

    private static Optional<Instant> deadline(SlaClock clock) {
        return clock.state() instanceof ClockState.Running running ? Optional.of(running.deadline()) : Optional.empty();
    }
}
