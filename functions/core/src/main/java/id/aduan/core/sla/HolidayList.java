package id.aduan.core.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The dates on which government offices are closed besides weekends: Indonesia's national holidays
 * and cuti bersama, as set each year by a joint decree of three ministers (SKB 3 Menteri). Admins
 * edit the list at run time; every year in it names where its dates come from, so a year without a
 * source (and so without holidays) is visible rather than silently treated as all working days.
 */
public final class HolidayList {

    private static final String BUNDLED = "holidays.txt";
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    private final List<Holiday> holidays;
    private final SortedMap<Integer, String> sources;
    private final Set<LocalDate> dates;

    public HolidayList(List<Holiday> holidays, Map<Integer, String> sources) {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(sources, "sources");
        var sorted = new ArrayList<>(holidays);
        sorted.sort(Comparator.comparing(Holiday::date));
        for (Holiday holiday : sorted) {
            if (!sources.containsKey(holiday.date().getYear())) {
                throw new IllegalArgumentException("no source given for the holidays of " + holiday.date().getYear());
            }
        }
        this.holidays = List.copyOf(sorted);
        this.sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        this.dates = Set.copyOf(sorted.stream().map(Holiday::date).toList());
    }

    /** The list shipped with Aduan (2026 and 2027), read from its bundled file once per JVM (it is immutable). */
    public static HolidayList bundled() {
        return Bundled.LIST;
    }

    /** Holds the bundled list; the JVM reads the file when it is first asked for, and only then. */
    private static final class Bundled {
        static final HolidayList LIST = read();
    }

    private static HolidayList read() {
        try (InputStream in = HolidayList.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled holiday list " + BUNDLED + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled holiday list " + BUNDLED, e);
        }
    }

    /**
     * Reads the text form: one entry a line, fields separated by {@code |}; {@code #} starts a
     * comment line.
     * <pre>
     * source | 2026 | SKB ... Nomor 1497 Tahun 2025 ...
     * 2026-08-17 | LIBUR_NASIONAL | DECREED | Proklamasi Kemerdekaan
     * 2028-01-01 | LIBUR_NASIONAL | PROVISIONAL | Tahun Baru 2028 Masehi | fixed date
     * </pre>
     */
    public static HolidayList parse(String text) {
        var holidays = new ArrayList<Holiday>();
        var sources = new TreeMap<Integer, String>();
        var seen = new HashSet<String>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                String[] fields = SEPARATOR.split(line, -1);
                if (fields[0].equals("source")) {
                    expectFields(fields, 3, 3);
                    sources.put(Integer.parseInt(fields[1]), fields[2]);
                } else {
                    expectFields(fields, 4, 5);
                    Holiday holiday = new Holiday(LocalDate.parse(fields[0]), HolidayKind.valueOf(fields[1]),
                            provisional(fields[2]), fields[3], fields.length == 5 ? fields[4] : "");
                    if (!seen.add(holiday.date() + "|" + holiday.name())) {
                        throw new IllegalArgumentException("listed twice");
                    }
                    holidays.add(holiday);
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "holiday list line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return new HolidayList(holidays, sources);
    }

    public boolean isHoliday(LocalDate date) {
        return dates.contains(date);
    }

    /** Whether the list has the holidays of that year at all (it names a source for it). */
    public boolean covers(int year) {
        return sources.containsKey(year);
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    public SortedMap<Integer, String> sources() {
        return sources;
    }

    private static void expectFields(String[] fields, int min, int max) {
        if (fields.length < min || fields.length > max) {
            throw new IllegalArgumentException(
                    "expected " + min + (min == max ? "" : " to " + max) + " fields, found " + fields.length);
        }
    }

    private static boolean provisional(String standing) {
        return switch (standing) {
            case "DECREED" -> false;
            case "PROVISIONAL" -> true;
            default -> throw new IllegalArgumentException("expected DECREED or PROVISIONAL, found " + standing);
        };
    }
}
