package id.aduan.core.triage;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LocalOfficesTest {

    private static final Triage TRIAGE = Triage.builtIn();

    @Test
    void aLetterAtANamedKelurahanGoesToTheLocalOfficeAndSaysWhichOne() {
        TriageResult result = TRIAGE.assess("Min, ngurus surat pengantar di kel. Cipedes udah 3 hari ga beres2, pegawainya ga ada terus");

        assertThat(result.unit()).isEqualTo("KEWILAYAHAN");
        assertThat(result.office()).contains(new LocalOffice("32.73.07.1002", LocalOffice.Kind.KELURAHAN, "Cipedes"));
        assertThat(result.evidence()).contains("kel. cipedes");
        assertThat(result.places()).extracting(Place::toString).contains("area:cipedes");
    }

    @Test
    void familyCardPapersAtTheKelurahanRankTheLocalOfficeAboveTheCivilRegistry() {
        TriageResult result = TRIAGE.assess("bikin KK baru di kelurahan sukaluyu dipersulit, disuruh bolak balik");

        assertThat(result.unit()).isEqualTo("KEWILAYAHAN");
        assertThat(result.candidates()).extracting(Candidate::unit).contains("KEPENDUDUKAN");
        assertThat(result.office()).map(LocalOffice::code).contains("32.73.18.1002");
    }

    @Test
    void aHomeCityKelurahanNeedsNoCueWhenTheMatterIsLocal() {
        TriageResult result = TRIAGE.assess("tetangga di cipedes tiap malem berisik karaoke sampe jam 2, pak rt diem aja");

        assertThat(result.unit()).isEqualTo("KEWILAYAHAN");
        assertThat(result.office()).map(LocalOffice::code).contains("32.73.07.1002");
    }

    @Test
    void aKelurahanWithinTheNamedKecamatanIsChosenOverItsNamesakes() {
        TriageResult result = TRIAGE.assess("Surat keterangan domisili di Kel. Kota Kulon Kec. Garut Kota lama banget jadinya");

        assertThat(result.office()).contains(new LocalOffice("32.05.01.1001", LocalOffice.Kind.KELURAHAN, "Kota Kulon"));
        assertThat(result.unit()).isEqualTo("KEWILAYAHAN");
    }

    @Test
    void aNameSharedByManyVillagesOutsideTheCityNamesNoOffice() {
        assertThat(TRIAGE.assess("pelayanan di desa sukatani lambat, surat ga jadi2").office()).isEmpty();
    }

    @Test
    void aStreetNamedLikeAKelurahanIsNotAnOffice() {
        TriageResult result = TRIAGE.assess("Jalan Cipedes berlubang besar depan warung, tolong diperbaiki");

        assertThat(result.office()).isEmpty();
        assertThat(result.unit()).isEqualTo("BINA_MARGA_SDA");
    }

    @Test
    void aRoadProblemInANamedKelurahanStaysWithTheRoads() {
        TriageResult result = TRIAGE.assess("jalan di kel. sukawarna banyak lubang, motor sering jatuh");

        assertThat(result.unit()).isEqualTo("BINA_MARGA_SDA");
        assertThat(result.office()).map(LocalOffice::name).isEqualTo(Optional.of("Sukawarna"));
    }

    @Test
    void anOfficeReadsBackFromTheFormItIsStoredIn() {
        var office = new LocalOffice("32.73.07.1002", LocalOffice.Kind.KELURAHAN, "Cipedes");

        assertThat(LocalOffice.parse(office.toString())).isEqualTo(office);
        assertThat(office.label()).isEqualTo("Kel. Cipedes");
    }

    @Test
    void theGazetteerHoldsEveryKecamatanAndVillageOfWestJava() {
        Gazetteer gazetteer = Gazetteer.westJava();

        assertThat(gazetteer.named("babakan ciparay")).extracting(LocalOffice::code).contains("32.73.03");
        assertThat(gazetteer.named("babakanciparay")).extracting(LocalOffice::code).contains("32.73.03");
        assertThat(gazetteer.named("mekarwangi")).extracting(LocalOffice::code).contains("32.03.31.2004");
        assertThat(gazetteer.named("sukatani")).extracting(LocalOffice::code).contains("32.03.31.2004");
    }
}
