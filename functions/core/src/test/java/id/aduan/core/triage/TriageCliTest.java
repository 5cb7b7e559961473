package id.aduan.core.triage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TriageCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new TriageCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void classifyWritesOneJsonObjectPerLineWithTheContractsKeys() {
        Run run = run("PJU di Jl. Soekarno-Hatta mati semua, gelap\n\nMantap pak \"wali\" 😍\n", "classify");

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().getFirst()).startsWith(
                "{\"complaint\":true,\"unit\":\"PERHUBUNGAN\",\"candidates\":[{\"unit\":\"PERHUBUNGAN\",\"score\":0.")
                .contains("\"topic\":\"PJU mati\",\"priority\":\"HIGH\",\"confidence\":0.");
        assertThat(run.lines().get(1)).contains("\"needsDetails\":true");
        assertThat(run.lines().get(2)).contains("\"complaint\":false")
                .contains("\"reason\":{\"rejection\":\"NOT_A_COMPLAINT\",\"kind\":\"PRAISE\",\"label\":\"Pujian\"}");
    }

    @Test
    void learnWritesAModelThatClassifyUses() {
        Path model = dir.resolve("routing.model");
        String routings = "PERHUBUNGAN\tteman bus koridor 2 ngaret\nPERHUBUNGAN\tteman bus ga lewat halte\n";

        Run learn = run(routings, "learn", "--model", model.toString());
        Run classify = run("teman bus ngaret lagi\n", "classify", "--model", model.toString());

        assertThat(learn.exit()).isZero();
        assertThat(learn.err()).contains("learned 2 routings");
        assertThat(model).exists();
        assertThat(classify.out()).contains("\"unit\":\"PERHUBUNGAN\"");
    }

    @Test
    void learnAcceptsAFileThatStartsWithAByteOrderMark() {
        Run run = run("\uFEFFPERHUBUNGAN\tbandros ngaret\n", "learn", "--model", dir.resolve("m").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("learned 1 routings");
    }

    @Test
    void learnUpdatesAnExistingModel() {
        Path model = dir.resolve("routing.model");
        run("PERHUBUNGAN\tteman bus koridor 2 ngaret\n", "learn", "--model", model.toString());

        Run second = run("KESEHATAN\tpuskesmas antri lama\n", "learn", "--model", model.toString());

        assertThat(second.err()).contains("model now 2 routings");
    }

    @Test
    void learnReportsBadLinesWithTheirNumbersAndKeepsTheGoodOnes() {
        Path model = dir.resolve("routing.model");
        String routings = "PERHUBUNGAN\tteman bus ngaret\nno tab here\nDINAS_RAHASIA\tapa\nKESEHATAN\t \n\n";

        Run run = run(routings, "learn", "--model", model.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.REJECTED_LINES);
        assertThat(run.err()).contains("line 2: expected UNIT<TAB>text", "line 3: unknown unit code DINAS_RAHASIA",
                "line 4: no text", "learned 1 routings");
        assertThat(model).exists();
    }

    @Test
    void wrongUsageSaysHowAndExitsWithTwo() {
        assertThat(run("", "learn").exit()).isEqualTo(TriageCli.USAGE);
        assertThat(run("", "sort").err()).contains("unknown command sort", "usage:");
        assertThat(run("").exit()).isEqualTo(TriageCli.USAGE);
    }

    @Test
    void anUnreadableModelIsAnInputOutputError() throws Exception {
        Path model = Files.writeString(dir.resolve("broken.model"), "not a model");

        Run run = run("jalan rusak\n", "classify", "--model", model.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.IO_ERROR);
        assertThat(run.err()).contains("cannot read model");
    }
}
