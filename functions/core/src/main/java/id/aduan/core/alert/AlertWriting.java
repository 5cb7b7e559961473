package id.aduan.core.alert;

import id.aduan.core.language.IndonesianTime;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every alert text writes the same way: unit names, Jakarta times and links to the staff console
 * (its pages: {@code /aduan/<tracking code>} for a complaint, {@code /?unit=…&status=OPEN} for a queue).
 */
public final class AlertWriting {

    private final Supplier<UnitCatalog> units;
    private final String links;

    /**
     * @param units the units as configured now (admins rename and add them at run time)
     * @param links the staff console, or the staff API's host, which serves the console at {@code /}
     */
    public AlertWriting(Supplier<UnitCatalog> units, URI links) {
        this.units = Objects.requireNonNull(units, "units");
        var base = links.toString();
        this.links = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** "Dinas Perhubungan (PERHUBUNGAN)"; the triage team before a complaint is forwarded. */
    public String unitName(String code) {
        if (code == null || AlertAttributes.TRIAGE_TEAM.equals(code)) {
            return "belum didisposisikan (tim triase)";
        }
        return units.get().find(code).map(Unit::name).map(name -> name + " (" + code + ")").orElse(code);
    }

    /** "Rabu, 18 Februari 2026 14.00 WIB". */
    public String time(Instant instant) {
        return IndonesianTime.dayDateTime(instant.atZone(WorkingCalendar.ZONE));
    }

    /** The console's page of one complaint. */
    public String complaintLink(String trackingCode) {
        return links + "/aduan/" + trackingCode;
    }

    /** The console's inbox of a unit's open complaints; for the triage team, the NEW ones it triages. */
    public String queueLink(String unit) {
        return AlertAttributes.TRIAGE_TEAM.equals(unit) ? links + "/?status=NEW"
                : links + "/?unit=" + unit + "&status=OPEN";
    }

    /** The console's inbox. */
    public String inboxLink() {
        return links + "/";
    }
}
