package id.aduan.core.sla;

import java.time.Instant;
import java.time.LocalDateTime;

/** Instants written as Jakarta wall-clock time, the way staff read them. */
final class Wib {

    private Wib() {
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }
}
