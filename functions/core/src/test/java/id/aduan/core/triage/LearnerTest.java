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
}
