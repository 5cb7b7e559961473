package id.aduan.core.complaint;

import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A work queue: which complaints, in which order, how many. Every criterion is optional (null); an
 * empty status set means every status.
 *
 * @param slaAtRiskBy  only complaints with a running SLA clock whose warning falls due by this
 *                     instant: warned or breached at that instant (now, or now plus a look-ahead)
 * @param textContains only complaints whose text contains this, ignoring case
 * @param suggestedComplaint only complaints triage judged to be one (true) or not (false); a mention
 *                     whose text is not fetched yet is neither
 * @param suggestedUnit only complaints triage suggested for this unit
 * @param resumeAfter  the position a previous page ended at (opaque, from {@link ComplaintPage})
 * @param maskedTextOnly {@code textContains} is looked for in the text as masked for roles that may not
 *                     see personal data, so that a search never finds what its reader cannot see
 */
public record ComplaintQuery(Set<Status> statuses, String unit, String assigneeId, Priority priority,
                             String category, Channel channel, Instant receivedFrom, Instant receivedBefore,
                             Instant slaAtRiskBy, String textContains, Boolean suggestedComplaint,
                             String suggestedUnit, boolean newestFirst, int limit, String resumeAfter,
                             boolean maskedTextOnly) {

    public static final int MAX_LIMIT = 100;

    public ComplaintQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        textContains = textContains == null || textContains.isBlank() ? null
                : textContains.strip().toLowerCase(Locale.ROOT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " complaints: " + limit);
        }
        if (receivedFrom != null && receivedBefore != null && !receivedFrom.isBefore(receivedBefore)) {
            throw new IllegalArgumentException("receivedFrom must be before receivedBefore");
        }
    }

    /** The statuses to read: the ones asked for, or all. */
    public Set<Status> statusesToRead() {
        return statuses.isEmpty() ? EnumSet.allOf(Status.class) : statuses;
    }

    public ComplaintQuery withUnit(String value) {
        return new ComplaintQuery(statuses, value, assigneeId, priority, category, channel, receivedFrom,
                receivedBefore, slaAtRiskBy, textContains, suggestedComplaint, suggestedUnit, newestFirst, limit,
                resumeAfter, maskedTextOnly);
    }

    public ComplaintQuery searchingMaskedTextOnly() {
        return new ComplaintQuery(statuses, unit, assigneeId, priority, category, channel, receivedFrom,
                receivedBefore, slaAtRiskBy, textContains, suggestedComplaint, suggestedUnit, newestFirst, limit,
                resumeAfter, true);
    }

    public ComplaintQuery resumingAfter(String position) {
        return new ComplaintQuery(statuses, unit, assigneeId, priority, category, channel, receivedFrom,
                receivedBefore, slaAtRiskBy, textContains, suggestedComplaint, suggestedUnit, newestFirst, limit,
                Objects.requireNonNull(position), maskedTextOnly);
    }
}
