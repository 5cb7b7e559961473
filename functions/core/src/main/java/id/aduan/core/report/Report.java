package id.aduan.core.report;

import java.util.TreeSet;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A staff report over a window: the figures of everything the reader may see, and of each unit or
 * category. A reader limited to a unit gets that unit's complaints and the moves that concern it.
 */
public record Report(ReportWindow window, Grouping groupBy, Instant computedAt, ComplaintFigures total,
                     Map<String, ComplaintFigures> groups) {

    /**
     * @param received  every complaint received in the window
     * @param moves     every reopening and re-route made in the window
     * @param scopeUnit the reader's unit when they see only theirs
     */
    public static Report of(ReportWindow window, Grouping groupBy, List<Complaint> received, List<Move> moves,
                            Optional<String> scopeUnit, Instant now, WorkingCalendar calendar) {
        var visible = received.stream().filter(window::containsReceived)
                .filter(c -> scopeUnit.map(unit -> unit.equals(c.unit())).orElse(true)).toList();
        var visibleMoves = moves.stream().filter(move -> window.contains(move.at()))
                .filter(move -> scopeUnit.map(move::concerns).orElse(true)).toList();
        var complaintsByGroup = visible.stream().collect(Collectors.groupingBy(groupBy::keyOf));
        var movesByGroup = visibleMoves.stream().collect(Collectors.groupingBy(groupBy::keyOf));
        var keys = new TreeSet<>(complaintsByGroup.keySet());
        keys.addAll(movesByGroup.keySet());
        var groups = new TreeMap<String, ComplaintFigures>();
        for (String key : keys) {
            groups.put(key, ComplaintFigures.of(complaintsByGroup.getOrDefault(key, List.of()),
                    movesByGroup.getOrDefault(key, List.of()), now, calendar));
        }
        return new Report(window, groupBy, now, ComplaintFigures.of(visible, visibleMoves, now, calendar), groups);
    }
}
