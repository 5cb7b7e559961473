package id.aduan.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class HomeRegionTest {

    private static final Triage KABUPATEN_BANDUNG = Triage.builtIn(HomeRegion.of("32.04"));
    private static final String NOISY_NEIGHBOURS = "tetangga di %s tiap malem berisik karaoke sampe jam 2, pak rt diem aja";

    @Test
    void aKabupatenOrKotaOfWestJavaIsNamedFromTheGazetteer() {
        assertThat(HomeRegion.of("32.04")).isEqualTo(new HomeRegion("32.04", "Kabupaten Bandung"));
        assertThat(HomeRegion.of("32.73")).isEqualTo(HomeRegion.KOTA_BANDUNG);
    }

    @Test
    void everyKabupatenAndKotaInTheGazetteerIsFoundFromTheHeadOfItsFile() throws IOException {
        var regions = new ArrayList<String>();
        try (var in = Gazetteer.class.getResourceAsStream("wilayah-jabar.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("\tkabupaten\t") || line.contains("\tkota\t"))
                    .forEach(line -> regions.add(line.substring(0, line.indexOf('\t'))));
        }

        assertThat(regions).hasSize(27);
        for (var code : regions) {
            assertThat(HomeRegion.find(code)).as(code).isPresent();
        }
    }

    @Test
    void aCodeThatIsNoKabupatenOrKotaOfWestJavaIsRefused() {
        for (String code : new String[] {"32.99", "31.73", "32.73.07", "3273", ""}) {
            assertThatThrownBy(() -> HomeRegion.of(code)).as(code)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a kabupaten or kota");
        }
    }

    @Test
    void anotherHomeRegionsKelurahanNeedsNoCueWhileKotaBandungsKelurahanNowDoes() {
        TriageResult own = KABUPATEN_BANDUNG.assess(NOISY_NEIGHBOURS.formatted("jelekong"));
        TriageResult city = KABUPATEN_BANDUNG.assess(NOISY_NEIGHBOURS.formatted("sekeloa"));

        assertThat(own.office()).map(LocalOffice::code).contains("32.04.32.1004");
        assertThat(own.unit()).isEqualTo("KEWILAYAHAN");
        assertThat(city.office()).isEmpty();
        assertThat(Triage.builtIn().assess(NOISY_NEIGHBOURS.formatted("jelekong")).office()).isEmpty();
    }

    @Test
    void aNameSharedWithKotaBandungGoesToTheHomeRegionsPlace() {
        String letter = "surat pengantar di cijagra ga beres2, pak rt ga ada terus";

        assertThat(KABUPATEN_BANDUNG.assess(letter).office()).map(LocalOffice::code).contains("32.04.35.2004");
        assertThat(Triage.builtIn().assess(letter).office()).map(LocalOffice::code).contains("32.73.13.1001");
    }
}
