package id.aduan.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void randomCodesUseOnlyUnambiguousCharacters() {
        var random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(TrackingCode.random(random).value()).matches("ADU-[0-9A-HJKMNP-TV-Z]{5}");
        }
    }

    @Test
    void codeTypedCarelesslyIsReadAsMeant() {
        assertThat(TrackingCode.parseLenient(" adu-7k3qo ")).isEqualTo(new TrackingCode("ADU-7K3Q0"));
        assertThat(TrackingCode.parseLenient("ADU-I1L23")).isEqualTo(new TrackingCode("ADU-11123"));
    }

    @Test
    void somethingElseIsNotACode() {
        assertThatThrownBy(() -> TrackingCode.parseLenient("XYZ-12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingCode("ADU-1234")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void complaintIdsSortByTimeAndDoNotCollide() {
        var random = new Random(2);
        var earlier = ComplaintId.generate(Instant.parse("2026-08-05T03:20:00Z"), random);
        var later = ComplaintId.generate(Instant.parse("2026-08-05T03:20:00.001Z"), random);
        var ids = new HashSet<ComplaintId>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(ComplaintId.generate(Instant.parse("2026-08-05T03:20:00Z"), random));
        }

        assertThat(earlier).isLessThan(later);
        assertThat(ids).hasSize(10_000);
        assertThat(ComplaintId.isValid(earlier.value())).isTrue();
    }
}
