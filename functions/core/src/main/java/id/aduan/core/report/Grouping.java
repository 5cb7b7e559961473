package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import java.util.Locale;
import java.util.Optional;

/** What a report's rows are: units (OPD) or categories. */
public enum Grouping {
    UNIT, CATEGORY;

    /** Complaints without a unit yet are the triage team's. */
    public static final String NO_UNIT = "TRIAGE";

    public static Optional<Grouping> parse(String text) {
        for (Grouping grouping : values()) {
            if (grouping.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }

    String keyOf(Complaint complaint) {
        return this == UNIT ? unitOrTriage(complaint.unit()) : Topic.of(complaint);
    }

    String keyOf(Move move) {
        return this == UNIT ? unitOrTriage(move.unit()) : move.category() == null ? Topic.NONE : move.category();
    }

    private static String unitOrTriage(String unit) {
        return unit == null ? NO_UNIT : unit;
    }
}
