package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A staff report over a window: the figures of everything the reader may see, and of each unit or
 * category. A reader limited to a unit gets that unit's complaints and the moves that concern it. A
 * report across governments sums their figures, each complaint's working time measured on its own
 * government's calendar; a unit code or category several of them use is one group.
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
        return across(window, groupBy, List.of(new Source(received, moves, calendar)), scopeUnit, now);
    }

    /** One government's part of a report: what it received and moved, and its working calendar. */
    public record Source(List<Complaint> received, List<Move> moves, WorkingCalendar calendar) {
    }

    /** The report over several governments' complaints, summed. */
    public static Report across(ReportWindow window, Grouping groupBy, List<Source> sources, Optional<String> scopeUnit,
                                Instant now) {
        var calendars = new IdentityHashMap<Complaint, WorkingCalendar>();
        var received = new ArrayList<Complaint>();
        var moves = new ArrayList<Move>();
        for (Source source : sources) {
            source.received().forEach(complaint -> calendars.put(complaint, source.calendar()));
            received.addAll(source.received());
            moves.addAll(source.moves());
        }
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
                    movesByGroup.getOrDefault(key, List.of()), now, calendars::get));
        }
        return new Report(window, groupBy, now, ComplaintFigures.of(visible, visibleMoves, now, calendars::get), groups);
    }
}
