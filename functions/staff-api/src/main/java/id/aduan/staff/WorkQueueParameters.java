package id.aduan.staff;

import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.language.Phrase;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads {@code GET /complaints}' query string into a work-queue query. Every parameter is checked and
 * an unknown one is refused, so a mistyped filter never silently widens a queue.
 *
 * <pre>
 * status=NEW,NEEDS_INFO (or OPEN)  unit=BINA_MARGA_SDA  assignee=&lt;staff id&gt;|me  priority=URGENT
 * category=Jalan rusak  channel=DM  receivedFrom=2026-08-01  receivedBefore=2026-08-05T00:00:00Z
 * slaAtRisk=true  slaWithin=PT2H  q=lubang  suggestedComplaint=false  suggestedUnit=PERHUBUNGAN
 * order=oldest|newest  limit=25  cursor=…
 * </pre>
 *
 * <p>For roles that may not see personal data, the received-time bounds are whole minutes: bounds a
 * millisecond apart single out one complaint, and with a search they would tell its hidden text apart.
 */
final class WorkQueueParameters {

    static final int DEFAULT_LIMIT = 25;
    private static final List<String> KNOWN = List.of("status", "unit", "assignee", "priority", "category", "channel",
            "receivedFrom", "receivedBefore", "slaAtRisk", "slaWithin", "q", "suggestedComplaint", "suggestedUnit", "order",
            "limit", "cursor");
    /** Parameters that do not change which complaints a query returns, so not part of its cursor's fingerprint. */
    private static final Set<String> PAGING = Set.of("limit", "cursor");

    private WorkQueueParameters() {
    }

    static ComplaintQuery read(Map<String, String> parameters, StaffMember staff, UnitCatalog units, Instant now) {
        parameters.keySet().stream().filter(name -> !KNOWN.contains(name)).findFirst().ifPresent(name -> {
            throw new BadRequest("UNKNOWN_PARAMETER", name, Phrase.of("error.parameter.unknown", name,
                    String.join(", ", KNOWN)));
        });
        var unit = parameters.get("unit");
        if (unit != null && !units.contains(unit)) {
            throw BadRequest.invalid("unit", "error.unit.unknown", unit);
        }
        var assignee = parameters.get("assignee");
        if ("me".equals(assignee)) {
            assignee = staff.id();
        }
        var from = instant(parameters.get("receivedFrom"), "receivedFrom", staff);
        var before = instant(parameters.get("receivedBefore"), "receivedBefore", staff);
        if (from != null && before != null && !from.isBefore(before)) {
            throw BadRequest.invalid("receivedBefore", "error.received.order");
        }
        var suggestedUnit = parameters.get("suggestedUnit");
        if (suggestedUnit != null && !units.contains(suggestedUnit)) {
            throw BadRequest.invalid("suggestedUnit", "error.unit.unknown", suggestedUnit);
        }
        var text = parameters.get("q");
        if (text != null && (text.strip().length() < 2 || text.length() > 100)) {
            throw BadRequest.invalid("q", "error.q.length");
        }
        return new ComplaintQuery(statuses(parameters.get("status")), unit, assignee,
                constant(Priority.class, parameters.get("priority"), "priority"), parameters.get("category"),
                constant(Channel.class, parameters.get("channel"), "channel"), from, before,
                slaAtRiskBy(parameters, now), text, bool(parameters, "suggestedComplaint"), suggestedUnit,
                newestFirst(parameters.get("order")), limit(parameters.get("limit")), null, false);
    }

    /** What makes two requests the same query: every parameter but the paging ones, in a fixed order. */
    static String fingerprint(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream().filter(entry -> !PAGING.contains(entry.getKey()))
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("&"));
    }

    private static Set<Status> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        var statuses = EnumSet.noneOf(Status.class);
        for (String name : value.split(",")) {
            if (name.strip().equalsIgnoreCase("OPEN")) {
                Arrays.stream(Status.values()).filter(status -> !status.isFinal()).forEach(statuses::add);
            } else {
                statuses.add(JsonBody.constant(Status.class, name, "status"));
            }
        }
        return statuses;
    }

    private static Instant slaAtRiskBy(Map<String, String> parameters, Instant now) {
        var within = parameters.get("slaWithin");
        var atRisk = bool(parameters, "slaAtRisk");
        if (within != null) {
            try {
                var lookAhead = Duration.parse(within);
                if (lookAhead.isNegative()) {
                    throw BadRequest.invalid("slaWithin", "error.slaWithin.ahead");
                }
                return now.plus(lookAhead);
            } catch (DateTimeParseException e) {
                throw BadRequest.invalid("slaWithin", "error.slaWithin.format");
            }
        }
        return Boolean.TRUE.equals(atRisk) ? now : null;
    }

    /** true, false, or null when not given. */
    private static Boolean bool(Map<String, String> parameters, String name) {
        var value = parameters.get(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw BadRequest.invalid(name, "error.parameter.trueOrFalse", name);
        }
        return Boolean.valueOf(value);
    }

    private static boolean newestFirst(String order) {
        if (order == null || order.equals("oldest")) {
            return false;
        }
        if (order.equals("newest")) {
            return true;
        }
        throw BadRequest.invalid("order", "error.order");
    }

    /** A page size, 1 to 100 (25 when absent); shared by every listing. */
    static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= ComplaintQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw BadRequest.invalid("limit", "error.limit", ComplaintQuery.MAX_LIMIT);
    }

    /** An instant, or a date meaning its start in Jakarta; a whole minute for roles without personal data. */
    private static Instant instant(String value, String field, StaffMember staff) {
        var instant = instant(value, field);
        if (instant != null && !Access.seesPersonalData(staff) && !instant.equals(instant.truncatedTo(ChronoUnit.MINUTES))) {
            throw BadRequest.invalid(field, "error.time.wholeMinute", field);
        }
        return instant;
    }

    /** An instant, or a date meaning its start in Jakarta. */
    static Instant instant(String value, String field) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(WorkingCalendar.ZONE).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw BadRequest.invalid(field, "error.time", field);
        }
        return instant;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        return value == null ? null : JsonBody.constant(type, value, field);
    }
}
