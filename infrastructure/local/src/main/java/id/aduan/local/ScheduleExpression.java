package id.aduan.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression: {@code rate(5 minutes)}, {@code cron(0 0 * * ? *)} or, for
 * EventBridge Scheduler, the one-time {@code at(2025-01-31T07:00:00)}.
 */
sealed interface ScheduleExpression permits ScheduleExpression.Rate, ScheduleExpression.At, CronExpression {

    Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    Pattern AT = Pattern.compile("at\\((.+)\\)");
    Pattern CRON = Pattern.compile("cron\\((.+)\\)");

    /** The first time strictly after {@code after} when the schedule fires; empty when it never fires again. */
    Optional<Instant> next(Instant after, ZoneId zone);

    static ScheduleExpression parse(String text) {
        var expression = text.strip();
        var rate = RATE.matcher(expression);
        if (rate.matches()) {
            return Rate.of(Integer.parseInt(rate.group(1)), rate.group(2), expression);
        }
        var cron = CRON.matcher(expression);
        if (cron.matches()) {
            return CronExpression.parse(cron.group(1));
        }
        var at = AT.matcher(expression);
        if (at.matches()) {
            try {
                return new At(LocalDateTime.parse(at.group(1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("at(...) takes yyyy-mm-ddThh:mm:ss, not " + at.group(1), e);
            }
        }
        throw new IllegalArgumentException("not a schedule expression (rate(...), cron(...) or at(...)): " + text);
    }

    /** Every {@code period}, counted from when the schedule was created (here: when the local run started). */
    record Rate(Duration period) implements ScheduleExpression {

        static Rate of(int value, String unit, String expression) {
            // EventBridge insists on "1 minute" but "5 minutes"; a template it would refuse should fail here too.
            boolean singular = !unit.endsWith("s");
            if (value <= 0 || singular != (value == 1)) {
                throw new IllegalArgumentException("EventBridge refuses " + expression
                        + ": the value must be positive, with a singular unit for 1 and a plural one otherwise");
            }
            var period = switch (unit.replaceAll("s$", "")) {
                case "minute" -> Duration.ofMinutes(value);
                case "hour" -> Duration.ofHours(value);
                default -> Duration.ofDays(value);
            };
            return new Rate(period);
        }

        @Override
        public Optional<Instant> next(Instant after, ZoneId zone) {
            return Optional.of(after.plus(period));
        }
    }

    /** Once, at a wall-clock time in the schedule's time zone. */
    record At(LocalDateTime time) implements ScheduleExpression {
        @Override
        public Optional<Instant> next(Instant after, ZoneId zone) {
            var instant = time.atZone(zone).toInstant();
            return instant.isAfter(after) ? Optional.of(instant) : Optional.empty();
        }
    }
}
