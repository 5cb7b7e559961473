package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.triage.Triage;
import id.aduan.core.triage.TriageSuggestion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ComplaintRowsTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-05T01:30:00Z");

    @Test
    void aComplaintIsOneLineWithItsLabelTriageSuggestionAndTheTimeInJakarta() {
        var text = "Lampu PJU di Jl. Soekarno Hatta mati semua, gelap banget\nsudah seminggu, tolong min";
        var complaint = complaint(text, new TriageState.Assessed(
                TriageSuggestion.of(Triage.builtIn().assess(text), Optional.empty(), List.of())));

        var table = ComplaintRows.table(List.of(complaint)).lines().toList();

        assertThat(table).hasSize(2);
        assertThat(table.getFirst()).startsWith("CODE").contains("STATUS", "TRIAGE", "RECEIVED", "TEXT");
        assertThat(table.get(1)).contains(complaint.trackingCode().value(), "Baru", "COMMENT", "PERHUBUNGAN",
                "2026-12-05 08:30:00 WIB", "Lampu PJU di Jl. Soekarno Hatta").doesNotContain("seminggu");
    }

    @Test
    void triageSaysWhyAMessageIsNotAComplaintOrThatItsTextIsAwaited() {
        var text = "Mantap min, taman kotanya makin cantik. Terima kasih pak wali!";
        var praise = complaint(text, new TriageState.Assessed(
                TriageSuggestion.of(Triage.builtIn().assess(text), Optional.empty(), List.of())));

        assertThat(ComplaintRows.triage(praise)).startsWith("bukan aduan: ");
        assertThat(ComplaintRows.triage(complaint("", TriageState.PENDING))).isEqualTo("-");
    }

    private static Complaint complaint(String text, TriageState triage) {
        var random = RandomGenerator.getDefault();
        var opening = ReporterMessage.received("17900000000000101", Channel.COMMENT, text, List.of(), RECEIVED);
        return Complaint.open(ComplaintId.generate(RECEIVED, random), TrackingCode.random(random), "17841400000000001",
                new Reporter("61", "warga"), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT, "17900000000000101"),
                false, triage, Priority.NORMAL, null);
    }
}
