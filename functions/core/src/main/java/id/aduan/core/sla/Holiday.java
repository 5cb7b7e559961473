package id.aduan.core.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One non-working date. A {@code provisional} date is not (yet) in a decree: its note says how it
 * was derived, and an admin confirms or moves it when the decree appears.
 */
public record Holiday(LocalDate date, HolidayKind kind, boolean provisional, String name, String note) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        if (name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name: " + date);
        }
        if (provisional && note.isBlank()) {
            throw new IllegalArgumentException("a provisional holiday needs a note on how it was derived: " + date);
        }
    }
}
