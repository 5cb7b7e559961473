package id.aduan.core.sla;

import java.time.Duration;
import java.util.ArrayList;

/**
 * A duration as staff read it in Bahasa Indonesia: "2 jam 15 menit kerja" for working time,
 * "3 hari 4 jam" around the clock. A working day ("hari kerja") is a full office day.
 */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration amount, TimeBasis basis, WorkingCalendar calendar) {
        long dayMinutes = (basis == TimeBasis.WORKING ? calendar.fullDay() : Duration.ofDays(1)).toMinutes();
        long minutes = amount.abs().toMinutes();
        var parts = new ArrayList<String>();
        addPart(parts, minutes / dayMinutes, "hari");
        addPart(parts, minutes % dayMinutes / 60, "jam");
        addPart(parts, minutes % 60, "menit");
        String text = parts.isEmpty() ? "kurang dari 1 menit" : String.join(" ", parts);
        return basis == TimeBasis.WORKING ? text + " kerja" : text;
    }

    private static void addPart(ArrayList<String> parts, long count, String unit) {
        if (count > 0) {
            parts.add(count + " " + unit);
        }
    }
}
