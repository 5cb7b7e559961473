package id.aduan.core.triage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {

    private static final Triage TRIAGE = Triage.builtIn();

    private static List<String> places(String text) {
        return TRIAGE.assess(text).places().stream().map(Place::toString).toList();
    }

    @Test
    void findsStreetAndLandmark() {
        assertThat(places("Min, jalan di Jl. Cibiru Hilir depan SDN 2 berlubang besar"))
                .contains("street:cibiru hilir", "landmark:sdn 2", "area:cibiru");
    }

    @Test
    void findsAlleyAreaAndNeighbourhood() {
        assertThat(places("Saluran air di Gg. Kujang Sukajadi RT 03/RW 05 mampet"))
                .contains("alley:kujang sukajadi", "area:sukajadi", "neighbourhood:rt 3 rw 5");
    }

    @Test
    void endsAStreetNameWhereTheProblemStarts() {
        assertThat(places("Pohon besar di Jl. Dago atas tumbang menutup jalan")).contains("street:dago atas");
        assertThat(places("PJU di Jl. Soekarno-Hatta dekat flyover mati semua")).contains("street:soekarno hatta");
        assertThat(places("Pohon di Jl. Ir. H. Juanda (Dago atas) tumbang")).contains("street:ir h juanda", "area:dago");
    }

    @Test
    void findsNamedMarketsAndLowerCaseStreets() {
        assertThat(places("sampah di TPS Pasar Kosambi menumpuk")).contains("landmark:pasar kosambi", "area:kosambi");
        assertThat(places("jln babakan sari no 5 banjir")).contains("street:babakan sari");
    }

    @Test
    void placesSurviveStorageAsText() {
        for (Place place : TRIAGE.assess("Gg. Kujang Sukajadi RT 03/RW 05 depan SDN 2, Jl. Ir. H. Juanda").places()) {
            assertThat(Place.parse(place.toString())).isEqualTo(place);
        }
    }

    @Test
    void aMessageWithoutPlacesHasNone() {
        assertThat(places("Mantap pak wali 😍")).isEmpty();
        assertThat(places(null)).isEmpty();
    }
}
