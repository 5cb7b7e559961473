package id.aduan.core.erasure;

import id.aduan.core.complaint.Actor;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.ActionContext;
import id.aduan.core.workflow.StaffAction;
import id.aduan.core.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** A DM complaint full of its reporter's personal data, worked by staff, for the erasure tests. */
final class ErasureFixtures {

    static final Instant RECEIVED = Instant.parse("2026-08-04T03:00:00Z");
    static final String USER_ID = "6123456789012404";
    static final String USERNAME = "warga_cibiru";
    static final String TEXT = "Jalan Cibiru Hilir berlubang, hubungi saya di 081234567890";
    static final String FOLLOW_UP = "Sudah dua minggu belum ditambal, email saya budi@example.com";
    static final String NOTE = "Pelapor Pak Budi tinggal di rumah nomor 12";
    static final String REPLY = "Terima kasih Pak Budi, aduan Anda kami teruskan";
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final Random RANDOM = new Random(18);

    private ErasureFixtures() {
    }

    /** The complaint worked step by step, an hour apart: verified, noted, answered, then {@code last}. */
    static ComplaintDetail worked(StaffAction... last) {
        var opening = ReporterMessage.received("mid.1", Channel.DM, TEXT,
                List.of(new MediaRef("image", "1790001", "https://cdn.example/budi.jpg")), RECEIVED);
        var followUp = ReporterMessage.received("mid.2", Channel.DM, FOLLOW_UP, List.of(), RECEIVED.plusSeconds(600));
        var complaint = Complaint.open(ComplaintId.generate(RECEIVED, RANDOM), TrackingCode.random(RANDOM), "1784",
                new Reporter(USER_ID, USERNAME), opening, new ReplyTarget(ReplyTarget.Kind.DM, USER_ID), false,
                TriageState.PENDING, Priority.NORMAL, ComplaintClocks.onReceived(RECEIVED, Priority.NORMAL, "", RULES));
        var timeline = new ArrayList<>(List.of(TimelineEvent.received(opening), TimelineEvent.messageAdded(followUp),
                TimelineEvent.messageEdited("mid.2", "belum ditambal, telepon 081234567890", 1, RECEIVED.plusSeconds(700))));
        var actions = new ArrayList<StaffAction>(List.of(
                new StaffAction.Verify("BINA_MARGA_SDA", "Jalan rusak", Priority.HIGH, null),
                new StaffAction.AddNote(NOTE)));
        actions.addAll(List.of(last));
        var workflow = new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW);
        var at = RECEIVED;
        for (StaffAction action : actions) {
            at = at.plusSeconds(3600);
            var change = workflow.apply(complaint, action, new ActionContext(Actor.staff("u-1", "Sari"), at,
                    UnitCatalog.DEFAULT, RULES, Optional.empty()));
            complaint = change.after();
            timeline.addAll(change.events());
        }
        timeline.add(TimelineEvent.replyQueued("r-1", "DM", null, REPLY, at, Actor.staff("u-1", "Sari")));
        return new ComplaintDetail(complaint, List.of(opening, followUp), timeline);
    }

    static StaffAction reject() {
        return new StaffAction.Reject(RejectionReason.SPAM, "dikirim Pak Budi 081234567890", null, null);
    }

    /** Every personal value of the fixture: none of them may remain after erasure. */
    static List<String> personal() {
        return List.of(USER_ID, USERNAME, TEXT, FOLLOW_UP, NOTE, REPLY, "081234567890", "budi@example.com",
                "https://cdn.example/budi.jpg");
    }
}
