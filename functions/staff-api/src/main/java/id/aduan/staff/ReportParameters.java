package id.aduan.staff;

import id.aduan.core.access.Access;
import id.aduan.core.language.Phrase;
import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.StaffMember;
import id.aduan.core.report.ReportWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The window of a staff report: {@code from} (inclusive) and {@code to} (exclusive), each a date (its
 * start in Jakarta) or an instant; by default the 30 days up to now, at most a year and a day.
 */
final class ReportParameters {

    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    private ReportParameters() {
    }

    /** The window asked for, once the reader is known to read reports; {@code others} are the route's own parameters. */
    static ReportWindow window(StaffMember staff, Map<String, String> parameters, Set<String> others, Instant now) {
        if (!Access.mayRead(staff)) {
            throw new NotPermitted(Phrase.of("error.forbidden.readReports"));
        }
        parameters.keySet().stream().filter(name -> !name.equals("from") && !name.equals("to") && !others.contains(name))
                .sorted().findFirst().ifPresent(name -> {
                    throw new BadRequest("UNKNOWN_PARAMETER", name, Phrase.of("error.report.unknownParameter", name));
                });
        var to = parameters.containsKey("to") ? WorkQueueParameters.instant(parameters.get("to"), "to") : now;
        var from = parameters.containsKey("from") ? WorkQueueParameters.instant(parameters.get("from"), "from")
                : to.minus(DEFAULT_LENGTH);
        if (!from.isBefore(to)) {
            throw BadRequest.invalid("to", "error.report.toAfterFrom");
        }
        var window = new ReportWindow(from, to);
        if (window.length().compareTo(ReportWindow.LONGEST) > 0) {
            throw BadRequest.invalid("from", "error.report.longest", ReportWindow.LONGEST.toDays());
        }
        return window;
    }
}
