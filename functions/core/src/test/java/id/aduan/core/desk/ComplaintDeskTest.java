package id.aduan.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.Role;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintPage;
import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import id.aduan.core.testing.ShippedConfig;
import id.aduan.core.workflow.StaffAction;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff working complaints at the desk, on the in-memory table ingestion filled. */
class ComplaintDeskTest {

    private static final Instant RECEIVED = Instant.parse("2026-08-04T02:00:00Z");
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final StaffMember TRIAGE = new StaffMember("t-1", "Tia", Set.of(Role.TRIAGE), null);
    private static final StaffMember OTHER_UNIT = new StaffMember("a-1", "Adi", Set.of(Role.AGENT), "BENCANA");

    private final InMemoryTable table = new InMemoryTable();
    private final Clock clock = Clock.fixed(RECEIVED.plusSeconds(3_600), ZoneOffset.UTC);
    private final List<ComplaintQuery> listed = new ArrayList<>();
    private final ComplaintDesk desk = new ComplaintDesk(table, table, query -> {
        listed.add(query);
        return new ComplaintPage(List.of(), Optional.empty());
    }, new ShippedConfig(RULES), new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), clock, false);

    @Test
    void triageVerifiesAComplaintByItsTrackingCodeAndItsTimelineSaysSo() {
        var complaint = received();

        var verified = desk.act(TRIAGE, complaint.trackingCode().value(), complaint.version(), verify());

        assertThat(verified.status()).isEqualTo(Status.VERIFIED);
        assertThat(verified.unit()).isEqualTo("BINA_MARGA_SDA");
        var stored = table.findComplaint(complaint.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.VERIFIED);
        assertThat(stored.version()).isEqualTo(complaint.version() + 1);
        assertThat(table.timeline(complaint.id())).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.STATUS_CHANGED);
    }

    @Test
    void anActionDecidedOnAVersionSomeoneChangedSinceIsRefusedWithTheCurrentVersion() {
        var complaint = received();
        desk.act(TRIAGE, complaint.trackingCode().value(), complaint.version(), verify());

        assertThatThrownBy(() -> desk.act(TRIAGE, complaint.trackingCode().value(), complaint.version(),
                new StaffAction.AddNote("sudah dicek")))
                .isInstanceOfSatisfying(VersionConflict.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(complaint.version() + 1));
    }

    @Test
    void aComplaintOutsideAnAgentsUnitIsNotFoundForThem() {
        var complaint = received();

        assertThatThrownBy(() -> desk.open(OTHER_UNIT, complaint.trackingCode().value()))
                .isInstanceOf(ComplaintNotFound.class);
    }

    @Test
    void anAgentListsTheirOwnUnitsQueueAndMayNotAskForAnothers() {
        var anyUnit = new ComplaintQuery(Set.of(Status.NEW), null, null, null, null, null, null, null, null, "jalan",
                null, null, true, 20, null, false);

        desk.list(OTHER_UNIT, anyUnit);

        assertThat(listed).singleElement().satisfies(query -> {
            assertThat(query.unit()).isEqualTo("BENCANA");
            assertThat(query.maskedTextOnly()).as("an agent does not see personal data").isTrue();
        });
        assertThatThrownBy(() -> desk.list(OTHER_UNIT, anyUnit.withUnit("BINA_MARGA_SDA")))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void openingAComplaintShowsItsMessagesAndTheActionsTheMemberMayTake() {
        var complaint = received();

        var opened = desk.open(TRIAGE, complaint.trackingCode().value());

        assertThat(opened.detail().messages()).hasSize(1);
        assertThat(opened.actions()).isNotEmpty();
    }

    private Complaint received() {
        var ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        return table.findComplaint(Ingestions.complaintByDirectMessage(ingestion, "m-1", "6123", RECEIVED))
                .orElseThrow();
    }

    private static StaffAction.Verify verify() {
        return new StaffAction.Verify("BINA_MARGA_SDA", "Jalan rusak", Priority.HIGH, null);
    }
}
