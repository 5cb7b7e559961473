package id.aduan.core.language;

import java.time.ZonedDateTime;

/**
 * Dates and times as alerts write them in Bahasa Indonesia, "Rabu, 18 Februari 2026 14.00 WIB". Written
 * out by hand rather than through a localised {@code DateTimeFormatter}, which loads the JDK's locale
 * data (some 60 classes) on the first alert a function raises; a test holds both equal.
 */
public final class IndonesianTime {

    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianTime() {
    }

    /** "Rabu, 18 Februari 2026 14.00 WIB", for a time in Jakarta. */
    public static String dayDateTime(ZonedDateTime at) {
        return DAYS[at.getDayOfWeek().getValue() - 1] + ", " + dateTime(at);
    }

    /** "18 Februari 2026 14.00 WIB", for a time in Jakarta. */
    public static String dateTime(ZonedDateTime at) {
        return at.getDayOfMonth() + " " + MONTHS[at.getMonthValue() - 1] + " " + at.getYear() + " "
                + twoDigits(at.getHour()) + "." + twoDigits(at.getMinute()) + " WIB";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
