package id.aduan.core.triage;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerTest {

    private static final Triage TRIAGE = Triage.builtIn();
    /** Routings in a city's own words for a word the lexicon does not know: "Bandros" is a city tour bus. */
    private static final List<String> BUS = List.of(
            "Bandros koridor 2 jarang lewat, nunggu sejam",
            "bandros ga berhenti di halte Leuwipanjang",
            "jadwal bandros koridor 5 ngaret terus",
            "kapan bandros koridor baru dibuka",
            "sopir bandros ugal ugalan");

    private static LearnedModel roundTrip(LearnedModel model) throws IOException {
        var bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return LearnedModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void learningTheCitysOwnWordsChangesTheRouting() {
        String message = "bandros koridor 3 ngaret parah min";
        Learner learner = TRIAGE.learner(LearnedModel.empty());
        BUS.forEach(text -> learner.learn("PERHUBUNGAN", text));
        for (int i = 0; i < 20; i++) {
            learner.learn("LINGKUNGAN_HIDUP", "sampah menumpuk di TPS belum diangkut " + i);
        }

        assertThat(TRIAGE.assess(message).unit()).isNotEqualTo("PERHUBUNGAN");
        assertThat(TRIAGE.withModel(learner.model()).assess(message).unit()).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        Learner learner = TRIAGE.learner(LearnedModel.empty());
        BUS.forEach(text -> learner.learn("PERHUBUNGAN", text));
        learner.learn("KESEHATAN", "puskesmas antri lama");
        LearnedModel model = learner.model();

        LearnedModel read = roundTrip(model);

        assertThat(read.documentCount()).isEqualTo(6);
        assertThat(read.documentCount("PERHUBUNGAN")).isEqualTo(5);
        assertThat(read.featureCount()).isEqualTo(model.featureCount());
        assertThat(read.counts("bandros")).isEqualTo(model.counts("bandros"));
    }

    @Test
    void updatingAModelAddsToItsCounts() throws IOException {
        Learner first = TRIAGE.learner(LearnedModel.empty());
        BUS.subList(0, 3).forEach(text -> first.learn("PERHUBUNGAN", text));
        Learner second = TRIAGE.learner(roundTrip(first.model()));
        BUS.subList(3, 5).forEach(text -> second.learn("PERHUBUNGAN", text));
        second.learn("KESEHATAN", "puskesmas antri lama");

        Learner all = TRIAGE.learner(LearnedModel.empty());
        BUS.forEach(text -> all.learn("PERHUBUNGAN", text));
        all.learn("KESEHATAN", "puskesmas antri lama");

        LearnedModel updated = second.model();
        assertThat(updated.documentCount()).isEqualTo(all.model().documentCount());
        assertThat(updated.counts("bandros")).containsExactly(all.model().counts("bandros"));
    }

    @Test
    void rejectsUnitsOutsideTheCatalog() {
        Learner learner = TRIAGE.learner(LearnedModel.empty());

        assertThatThrownBy(() -> learner.learn("DINAS_RAHASIA", "apa saja"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DINAS_RAHASIA");
    }

    @Test
    void refusesSomethingThatIsNotAModel() {
        assertThatThrownBy(() -> LearnedModel.read(new ByteArrayInputStream("UNIT\ttext\n".getBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("not a learned triage model");
    }

    @Test
    void aModelSavedBeforeBlendTalliesIsStillRead() throws IOException {
        Learner learner = TRIAGE.learner(LearnedModel.empty());
        BUS.forEach(text -> learner.learn("PERHUBUNGAN", text));
        LearnedModel model = learner.model();

        LearnedModel read = LearnedModel.read(new ByteArrayInputStream(withoutTally(model)));

        assertThat(read.documentCount()).isEqualTo(5);
        assertThat(read.counts("bandros")).isEqualTo(model.counts("bandros"));
        assertThat(read.blend()).isEqualTo(BlendTally.NONE);
    }

    /** The model in format 1: the same stream, without the tally at its end, under the old magic. */
    private static byte[] withoutTally(LearnedModel model) throws IOException {
        var bytes = new ByteArrayOutputStream();
        model.write(bytes);
        byte[] stream = new java.util.zip.InflaterInputStream(new ByteArrayInputStream(bytes.toByteArray(), 8,
                bytes.size() - 8)).readAllBytes();
        var old = new ByteArrayOutputStream();
        old.write("ADUANNB1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (var deflater = new java.util.zip.DeflaterOutputStream(old)) {
            deflater.write(stream, 0, stream.length - Double.BYTES * (1 + BlendTally.SHARES));
        }
        return old.toByteArray();
    }

    @Test
    void theBlendTallyTravelsWithTheModelAndAddsUpAcrossRuns() throws IOException {
        Learner first = TRIAGE.learner(LearnedModel.empty());
        for (int i = 0; i < 50; i++) {
            first.learn("PERHUBUNGAN", BUS.get(i % BUS.size()) + " " + i);
            first.learn("LINGKUNGAN_HIDUP", "sampah menumpuk di TPS belum diangkut " + i);
        }
        LearnedModel model = roundTrip(first.model());
        Learner second = TRIAGE.learner(model);
        for (int i = 0; i < 10; i++) {
            second.learn("PERHUBUNGAN", BUS.get(i % BUS.size()));
        }

        assertThat(model.blend().judged()).isEqualTo(20);
        assertThat(model.blend()).isEqualTo(first.model().blend());
        assertThat(second.model().blend().judged()).isGreaterThan(21).isLessThan(22);
    }

    @Test
    void theRoutingsHeldBackChooseTheModelsShare() {
        String message = "bandros koridor 3 ngaret parah min";
        Learner learner = TRIAGE.learner(LearnedModel.empty());
        for (int i = 0; i < 60; i++) {
            learner.learn("LINGKUNGAN_HIDUP", "sampah menumpuk di TPS belum diangkut " + i);
            learner.learn("PERHUBUNGAN", BUS.get(i % BUS.size()) + " " + i);
        }
        LearnedModel model = learner.model();

        assertThat(model.blend().bestShare().orElseThrow()).isGreaterThan(0);
        assertThat(TRIAGE.withModel(model).assess(message).unit()).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void learnsRejectionsButNeverRanksThemAsUnits() {
        Learner learner = TRIAGE.learner(LearnedModel.empty());
        BUS.forEach(text -> learner.learn("PERHUBUNGAN", text));
        learner.learn("NOT_A_COMPLAINT", "hadir min nyimak");
        learner.learn("SPAM", "slot gacor maxwin cek bio");

        LearnedModel model = learner.model();
        TriageResult result = TRIAGE.withModel(model).assess("hadir min nyimak");

        assertThat(model.units()).contains("NOT_A_COMPLAINT", "SPAM");
        assertThat(result.candidates()).extracting(Candidate::unit).doesNotContain("NOT_A_COMPLAINT", "SPAM");
    }

    @Test
    void aGreetingAboutWhatStaffConfirmedAsComplaintsIsKeptForALook() {
        String message = "halo min, bandros koridor 4 ngaret sejam";
        Learner learner = TRIAGE.learner(LearnedModel.empty());
        BUS.forEach(text -> learner.learn("PERHUBUNGAN", text));
        List.of("wkwk mantap min", "hadir min", "nyimak min", "keren pak wali", "semangat min")
                .forEach(text -> learner.learn("NOT_A_COMPLAINT", text));

        TriageResult before = TRIAGE.assess(message);
        TriageResult after = TRIAGE.withModel(learner.model()).assess(message);

        assertThat(before.complaint()).isFalse();
        assertThat(after.complaint()).isTrue();
        assertThat(after.needsLook()).isTrue();
        assertThat(after.confidence()).isLessThan(0.5);
    }
}
