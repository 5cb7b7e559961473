package id.aduan.core.sla;

import java.time.Duration;
import java.util.Objects;

/** How long a clock may run, as an admin states it: a span of time, or a number of working days. */
public sealed interface SlaTarget {

    /** No target may be longer than this: it keeps every deadline computation short. */
    Duration LONGEST = Duration.ofDays(366);

    TimeBasis basis();

    /** The window in the clock's own time; a working day is a full office day of the calendar. */
    Duration length(WorkingCalendar calendar);

    /** A span counted around the clock (1 hour for an URGENT first response) or in office hours (4 working hours). */
    record Span(TimeBasis basis, Duration span) implements SlaTarget {
        public Span {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(span, "span");
            if (!span.isPositive() || span.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException(
                        "a target must be positive and at most " + LONGEST.toDays() + " days: " + span);
            }
        }

        @Override
        public Duration length(WorkingCalendar calendar) {
            return span;
        }
    }

    /**
     * Counted in office hours as whole office days (8 working hours each by default): 3 working days
     * from Monday 10:00 end on Thursday 10:00.
     */
    record WorkingDays(int days) implements SlaTarget {
        public WorkingDays {
            if (days <= 0 || days > LONGEST.toDays()) {
                throw new IllegalArgumentException(
                        "working days must be between 1 and " + LONGEST.toDays() + ": " + days);
            }
        }

        @Override
        public TimeBasis basis() {
            return TimeBasis.WORKING;
        }

        @Override
        public Duration length(WorkingCalendar calendar) {
            return calendar.fullDay().multipliedBy(days);
        }
    }

    static SlaTarget aroundTheClock(Duration span) {
        return new Span(TimeBasis.CALENDAR, span);
    }

    static SlaTarget workingHours(long hours) {
        return new Span(TimeBasis.WORKING, Duration.ofHours(hours));
    }

    static SlaTarget workingDays(int days) {
        return new WorkingDays(days);
    }
}
