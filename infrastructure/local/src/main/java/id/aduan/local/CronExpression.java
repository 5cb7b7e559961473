package id.aduan.local;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * EventBridge's six-field cron: minutes, hours, day of month, month, day of week, year. Days of the week
 * run from 1 (SUN) to 7 (SAT); one of the two day fields must be {@code ?}. Besides {@code , - * /} it
 * knows {@code L} and {@code nW} in the day of month and {@code nL} and {@code n#k} in the day of week.
 */
final class CronExpression implements ScheduleExpression {

    private static final int LAST_YEAR = 2199;
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final IntPredicate minutes;
    private final IntPredicate hours;
    private final Predicate<LocalDate> days;
    private final IntPredicate months;
    private final IntPredicate years;

    private CronExpression(IntPredicate minutes, IntPredicate hours, Predicate<LocalDate> days, IntPredicate months,
                           IntPredicate years) {
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.years = years;
    }

    /** Parses the part between {@code cron(} and {@code )}. */
    static CronExpression parse(String fields) {
        var parts = fields.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length != 6) {
            throw new IllegalArgumentException("cron(" + fields + ") needs 6 fields (minutes hours day-of-month month "
                    + "day-of-week year), not " + parts.length);
        }
        var dayOfMonth = parts[2];
        var dayOfWeek = parts[4];
        if (dayOfMonth.equals("?") == dayOfWeek.equals("?")) {
            throw new IllegalArgumentException("cron(" + fields + "): exactly one of day-of-month and day-of-week must be ?");
        }
        Predicate<LocalDate> days = dayOfMonth.equals("?") ? daysOfWeek(dayOfWeek) : daysOfMonth(dayOfMonth);
        return new CronExpression(values(parts[0], 0, 59, List.of()), values(parts[1], 0, 23, List.of()), days,
                values(parts[3], 1, 12, MONTHS), values(parts[5], 1970, LAST_YEAR, List.of()));
    }

    @Override
    public Optional<Instant> next(Instant after, ZoneId zone) {
        var start = LocalDateTime.ofInstant(after, zone).withSecond(0).withNano(0).plusMinutes(1);
        var date = start.toLocalDate();
        while (date.getYear() <= LAST_YEAR) {
            if (!years.test(date.getYear())) {
                date = LocalDate.of(date.getYear() + 1, 1, 1);
            } else if (!months.test(date.getMonthValue())) {
                date = date.with(TemporalAdjusters.firstDayOfNextMonth());
            } else {
                if (days.test(date)) {
                    var from = date.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
                    var time = firstTimeFrom(from);
                    if (time.isPresent()) {
                        return Optional.of(date.atTime(time.get()).atZone(zone).toInstant());
                    }
                }
                date = date.plusDays(1);
            }
        }
        return Optional.empty();
    }

    private Optional<LocalTime> firstTimeFrom(LocalTime from) {
        for (int hour = from.getHour(); hour < 24; hour++) {
            if (hours.test(hour)) {
                for (int minute = hour == from.getHour() ? from.getMinute() : 0; minute < 60; minute++) {
                    if (minutes.test(minute)) {
                        return Optional.of(LocalTime.of(hour, minute));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Predicate<LocalDate> daysOfMonth(String field) {
        Predicate<LocalDate> any = date -> false;
        for (String part : field.split(",")) {
            Predicate<LocalDate> day;
            if (part.equals("L")) {
                day = date -> date.getDayOfMonth() == date.lengthOfMonth();
            } else if (part.endsWith("W")) {
                int target = number(part.substring(0, part.length() - 1), 1, 31, List.of(), field);
                day = date -> date.equals(nearestWeekday(date, target));
            } else {
                var values = values(part, 1, 31, List.of());
                day = date -> values.test(date.getDayOfMonth());
            }
            any = any.or(day);
        }
        return any;
    }

    private static Predicate<LocalDate> daysOfWeek(String field) {
        Predicate<LocalDate> any = date -> false;
        for (String part : field.split(",")) {
            Predicate<LocalDate> day;
            if (part.length() > 1 && part.endsWith("L")) {
                var weekday = weekday(part.substring(0, part.length() - 1), field);
                day = date -> date.getDayOfWeek() == weekday && date.plusWeeks(1).getMonth() != date.getMonth();
            } else if (part.contains("#")) {
                var weekday = weekday(part.substring(0, part.indexOf('#')), field);
                int nth = number(part.substring(part.indexOf('#') + 1), 1, 5, List.of(), field);
                day = date -> date.getDayOfWeek() == weekday && (date.getDayOfMonth() - 1) / 7 + 1 == nth;
            } else {
                var values = values(part, 1, 7, WEEKDAYS);
                day = date -> values.test(date.getDayOfWeek().getValue() % 7 + 1);
            }
            any = any.or(day);
        }
        return any;
    }

    /** The weekday nearest to the day {@code target} of the date's month, never leaving the month. */
    private static LocalDate nearestWeekday(LocalDate date, int target) {
        if (target > date.lengthOfMonth()) {
            return LocalDate.MIN;
        }
        var day = date.withDayOfMonth(target);
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> target == 1 ? day.plusDays(2) : day.minusDays(1);
            case SUNDAY -> target == day.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
            default -> day;
        };
    }

    private static DayOfWeek weekday(String text, String field) {
        int cronDay = number(text, 1, 7, WEEKDAYS, field);
        return DayOfWeek.SUNDAY.plus(cronDay - 1);
    }

    /** A field of plain values: {@code *}, {@code ?}, {@code 5}, {@code 1-5}, {@code 0/15}, {@code MON-FRI}, lists. */
    private static IntPredicate values(String field, int min, int max, List<String> names) {
        var allowed = new boolean[max + 1];
        for (String part : field.split(",")) {
            var slash = part.indexOf('/');
            var range = slash < 0 ? part : part.substring(0, slash);
            int step = slash < 0 ? 1 : number(part.substring(slash + 1), 1, max, List.of(), field);
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                from = number(range.substring(0, range.indexOf('-')), min, max, names, field);
                to = number(range.substring(range.indexOf('-') + 1), min, max, names, field);
            } else {
                from = number(range, min, max, names, field);
                to = slash < 0 ? from : max;
            }
            if (from > to) {
                throw new IllegalArgumentException("range " + range + " in " + field + " runs backwards");
            }
            for (int value = from; value <= to; value += step) {
                allowed[value] = true;
            }
        }
        return value -> value >= min && value <= max && allowed[value];
    }

    private static int number(String text, int min, int max, List<String> names, String field) {
        int index = names.indexOf(text);
        int value;
        if (index >= 0) {
            value = index + min;
        } else {
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot read " + text + " in the cron field " + field, e);
            }
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(text + " in the cron field " + field + " is outside " + min + "-" + max);
        }
        return value;
    }
}
