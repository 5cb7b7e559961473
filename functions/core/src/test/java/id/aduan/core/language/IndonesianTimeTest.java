package id.aduan.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndonesianTimeTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void writesTheDayDateAndTimeAsTheJdksIndonesianLocaleDoes() {
        var localised = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu HH.mm 'WIB'", INDONESIAN);
        var random = new Random(20261206);
        // Every day of three years, each at a random minute: every day and month name, both digits of each field.
        for (int day = 0; day < 3 * 366; day++) {
            var at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(day * 86_400L + random.nextInt(86_400))
                    .atZone(JAKARTA);
            assertThat(IndonesianTime.dayDateTime(at)).isEqualTo(localised.format(at));
        }
    }

    @Test
    void writesTheDateAndTimeWithoutTheDayAsTheJdksIndonesianLocaleDoes() {
        var localised = DateTimeFormatter.ofPattern("d MMMM uuuu HH.mm 'WIB'", INDONESIAN);
        var at = Instant.parse("2026-02-18T00:05:00Z").atZone(JAKARTA);

        assertThat(IndonesianTime.dateTime(at)).isEqualTo(localised.format(at)).isEqualTo("18 Februari 2026 07.05 WIB");
        assertThat(IndonesianTime.dayDateTime(at)).isEqualTo("Rabu, 18 Februari 2026 07.05 WIB");
    }
}
