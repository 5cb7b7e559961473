package id.aduan.core.sla;

/** Why a date is a day off for government offices. */
public enum HolidayKind {
    /** A national public holiday (libur nasional). */
    LIBUR_NASIONAL,
    /**
     * A joint leave day (cuti bersama): a working day that the government turns into collective
     * leave next to a holiday, binding on civil servants (ASN), so city offices are closed.
     */
    CUTI_BERSAMA
}
