package id.aduan.adapters.dynamodb;

import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.AlertLevel;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.sla.SlaWindow;
import id.aduan.core.sla.TimeBasis;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stores a complaint's SLA clocks as a map of clock kind to its fields, with the instants at which
 * each alert falls due as they were computed when the clock started: reading them back never needs
 * the calendar.
 */
final class ClockCodec {

    private ClockCodec() {
    }

    static Map<String, Map<String, String>> encode(ComplaintClocks clocks) {
        if (clocks == null) {
            return null;
        }
        var encoded = new HashMap<String, Map<String, String>>();
        clocks.clocks().forEach((kind, clock) -> encoded.put(kind.name(), encode(clock)));
        return encoded;
    }

    static ComplaintClocks decode(Map<String, Map<String, String>> encoded, Priority priority, String category) {
        if (encoded == null) {
            return null;
        }
        var clocks = new EnumMap<ClockKind, SlaClock>(ClockKind.class);
        encoded.forEach((kind, fields) -> clocks.put(ClockKind.valueOf(kind), decode(ClockKind.valueOf(kind), fields)));
        return new ComplaintClocks(priority, category, clocks);
    }

    private static Map<String, String> encode(SlaClock clock) {
        var fields = new HashMap<String, String>();
        fields.put("basis", clock.window().basis().name());
        fields.put("length", clock.window().length().toString());
        fields.put("warnAfter", clock.window().warnAfter().toString());
        fields.put("startedAt", clock.startedAt().toString());
        fields.put("used", clock.used().toString());
        fields.put("alerted", clock.alerted().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        switch (clock.state()) {
            case ClockState.Running running -> {
                fields.put("state", "RUNNING");
                fields.put("since", running.since().toString());
                fields.put("warnAt", running.warnAt().toString());
                fields.put("deadline", running.deadline().toString());
                fields.put("escalateAt", running.escalateAt().toString());
            }
            case ClockState.Paused paused -> {
                fields.put("state", "PAUSED");
                fields.put("since", paused.since().toString());
            }
            case ClockState.Stopped stopped -> {
                fields.put("state", "STOPPED");
                fields.put("at", stopped.at().toString());
            }
        }
        return fields;
    }

    static SlaClock decode(ClockKind kind, Map<String, String> fields) {
        var window = new SlaWindow(TimeBasis.valueOf(fields.get("basis")), Duration.parse(fields.get("length")),
                Duration.parse(fields.get("warnAfter")));
        ClockState state = switch (fields.get("state")) {
            case "RUNNING" -> new ClockState.Running(Instant.parse(fields.get("since")),
                    Instant.parse(fields.get("warnAt")), Instant.parse(fields.get("deadline")),
                    Instant.parse(fields.get("escalateAt")));
            case "PAUSED" -> new ClockState.Paused(Instant.parse(fields.get("since")));
            case "STOPPED" -> new ClockState.Stopped(Instant.parse(fields.get("at")));
            default -> throw new IllegalStateException("unknown clock state " + fields.get("state"));
        };
        var alerted = EnumSet.noneOf(AlertLevel.class);
        var sent = fields.getOrDefault("alerted", "");
        if (!sent.isEmpty()) {
            Arrays.stream(sent.split(",")).map(AlertLevel::valueOf).forEach(alerted::add);
        }
        return new SlaClock(kind, window, Instant.parse(fields.get("startedAt")), Duration.parse(fields.get("used")),
                state, alerted);
    }
}
