package id.aduan.publicapi;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.report.Publication;
import id.aduan.core.report.ReportWindow;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of GeoReport v2's GET requests: {@code service_request_id} (a comma list; when given,
 * the others are ignored, as the spec says), {@code service_code} (comma list), {@code start_date} and
 * {@code end_date} (w3c date-times, or dates taken in Jakarta; by default and at most 90 days) and
 * {@code status} ({@code open}, {@code closed}, or both); {@code jurisdiction_id} names the government
 * ({@link PublicRoutes}).
 */
record RequestSearch(List<TrackingCode> ids, Set<String> serviceCodes, ReportWindow window, Set<String> statuses) {

    static final Duration LONGEST = Duration.ofDays(90);
    static final Set<String> KNOWN = Set.of("service_request_id", "service_code", "start_date", "end_date", "status",
            PublicRoutes.JURISDICTION);

    static RequestSearch of(HttpRequest request, Instant now) {
        var unknown = request.query().keySet().stream().filter(name -> !KNOWN.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw PublicProblem.badRequest("unknown parameter " + unknown.getFirst());
        }
        var ids = list(request, "service_request_id").stream().map(Tracking::parse).toList();
        var codes = Set.copyOf(list(request, "service_code"));
        var statuses = Set.copyOf(list(request, "status"));
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw PublicProblem.badRequest("status is open or closed");
        }
        var start = request.queryParameter("start_date").map(text -> instant("start_date", text));
        var end = request.queryParameter("end_date").map(text -> instant("end_date", text));
        var to = end.orElseGet(() -> start.map(s -> s.plus(LONGEST)).orElse(now));
        var from = start.orElse(to.minus(LONGEST));
        if (!from.isBefore(to)) {
            throw PublicProblem.badRequest("end_date is after start_date");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw PublicProblem.badRequest("start_date and end_date are at most 90 days apart");
        }
        return new RequestSearch(ids, codes, new ReportWindow(from, to), statuses);
    }

    boolean byId() {
        return !ids.isEmpty();
    }

    boolean matches(Complaint complaint) {
        return Publication.isPublished(complaint)
                && (serviceCodes.isEmpty() || serviceCodes.contains(Publication.responsibleUnit(complaint)))
                && (statuses.isEmpty() || statuses.contains(Publication.isClosed(complaint) ? "closed" : "open"));
    }

    private static List<String> list(HttpRequest request, String name) {
        return request.queryParameter(name).map(text -> Arrays.stream(text.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.toList())).orElse(List.of());
    }

    private static Instant instant(String name, String text) {
        // A "+" of an offset left unencoded in the URL arrives as a space.
        text = text.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(WorkingCalendar.ZONE).toInstant();
            } catch (DateTimeParseException notDate) {
                throw PublicProblem.badRequest(name + " is a w3c date-time such as 2026-12-01T00:00:00+07:00");
            }
        }
    }
}
