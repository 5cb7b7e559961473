package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class TriageTest {

    private static final Triage TRIAGE = Triage.builtIn();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Terima kasih pak, jalan depan rumah sudah diperbaiki 🙏      | THANKS
            Hatur nuhun pisan admin                                      | THANKS
            Selamat pagi admin 😊                                        | GREETING
            Assalamualaikum min                                          | GREETING
            Min mau tanya syarat bikin akta kelahiran apa aja ya?        | QUESTION
            nyimak wkwkwk                                                | CHAT
            SLOT GACOR hari ini maxwin 🔥 link di bio                     | GAMBLING
            Investasi modal 100rb jadi 5jt dalam seminggu, profit per hari dijamin | SCAM
            Giveaway iPhone! follow akun kami dan cek dm ya              | BOT
            """)
    void recognisesWhatIsNotAComplaint(String message, NotComplaintReason reason) {
        TriageResult result = TRIAGE.assess(message);

        assertThat(result.complaint()).isFalse();
        assertThat(result.notComplaintReason()).contains(reason);
        assertThat(result.priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void aComplaintPhrasedAsAQuestionIsStillAComplaint() {
        TriageResult result = TRIAGE.assess("Kapan lampu jalan di gang kami diperbaiki? udah sebulan mati");

        assertThat(result.complaint()).isTrue();
        assertThat(result.unit()).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void aHangingStreetLightCableMarkedDangerousIsUrgentForTransport() {
        TriageResult result = TRIAGE.assess("kabel listrik PJU menggantung di jalan, bahaya");

        assertThat(result.unit()).isEqualTo("PERHUBUNGAN");
        assertThat(result.topic()).isEqualTo("PJU mati");
        assertThat(result.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aComplaintThatEndsWithThanksIsStillAComplaint() {
        TriageResult result = TRIAGE.assess("Sampah di TPS Cicadas belum diangkut seminggu, mohon ditindaklanjuti. Terima kasih");

        assertThat(result.complaint()).isTrue();
        assertThat(result.unit()).isEqualTo("LINGKUNGAN_HIDUP");
    }

    @Test
    void aPoliteComplaintThatReadsLikeAGreetingIsKeptForALook() {
        TriageResult result = TRIAGE.assess("Punten min, kartu sembako saya saldonya kosong terus");

        assertThat(result.complaint()).isTrue();
        assertThat(result.unit()).isEqualTo("SOSIAL");
        assertThat(result.needsLook()).isTrue();
    }

    @Test
    void aClearComplaintNeedsNoLook() {
        TriageResult result = TRIAGE.assess("jalan di depan rumah rusak parah berlubang besar");

        assertThat(result.complaint()).isTrue();
        assertThat(result.needsLook()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            min cek dm ya, sudah saya kirim foto jalan rusak di Jl. Sukajadi      | BINA_MARGA_SDA
            slot parkir di basement pasar selalu penuh, parkir liar di luar jadi banyak | PERHUBUNGAN
            uang deposit sewa rusun tidak dikembalikan pengelola                  | PERUMAHAN
            Saya tertipu investasi bodong yang mengatasnamakan koperasi, uang tidak kembali | PEREKONOMIAN
            """)
    void wordsThatSpamAlsoUsesDoNotMakeAComplaintSpam(String message, String unit) {
        TriageResult result = TRIAGE.assess(message);

        assertThat(result.complaint()).isTrue();
        assertThat(result.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kebakaran di gang belakang pasar, api sudah besar!!                | URGENT | PEMADAM
            Banjir sepinggang masuk rumah warga di Dayeuhkolot, tolong evakuasi | URGENT | BENCANA
            Ada ular kobra masuk rumah, tolong damkar                           | URGENT | PEMADAM
            Tebing di belakang rumah longsor, satu rumah tertimbun              | URGENT | BENCANA
            Pohon di depan sekolah miring rawan tumbang, mohon dipangkas        | HIGH   | LINGKUNGAN_HIDUP
            Lampu merah perempatan Kiaracondong mati, lalu lintas semrawut      | HIGH   | PERHUBUNGAN
            Saran min, sebaiknya ditambah tempat sampah di taman                | LOW    | LINGKUNGAN_HIDUP
            Trotoar di Jl. Braga ada yang berlubang                             | NORMAL | BINA_MARGA_SDA
            """)
    void setsPriorityByDangerAndReach(String message, Priority priority, String unit) {
        TriageResult result = TRIAGE.assess(message);

        assertThat(result.complaint()).isTrue();
        assertThat(result.priority()).isEqualTo(priority);
        assertThat(result.unit()).isEqualTo(unit);
    }

    @Test
    void showsTheWordsBehindTheDecision() {
        TriageResult result = TRIAGE.assess("jln di cibiru bolong2 parahhh, udh lama gk dibenerin");

        assertThat(result.unit()).isEqualTo("BINA_MARGA_SDA");
        assertThat(result.evidence()).contains("berlubang");
        assertThat(result.candidates()).hasSize(Triage.CANDIDATES);
        assertThat(result.candidates().getFirst().unit()).isEqualTo(result.unit());
    }

    @Test
    void aVagueMessageAsksForDetails() {
        TriageResult result = TRIAGE.assess("min tolong dong ini gimana");

        assertThat(result.complaint()).isTrue();
        assertThat(result.needsDetails()).isTrue();
        assertThat(result.unit()).isEqualTo("UMUM");
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        List<String> messages = List.of("PJU mati di Jl. Dago", "Mantap pak 👍", "Banjir sepinggang di Bojongsoang");
        List<TriageResult> expected = messages.stream().map(TRIAGE::assess).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new java.util.ArrayList<Future<List<TriageResult>>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> messages.stream().map(TRIAGE::assess).toList()));
            }
            for (Future<List<TriageResult>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        }
    }
}
