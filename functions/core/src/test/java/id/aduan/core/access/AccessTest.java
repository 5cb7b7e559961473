package id.aduan.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Status;
import id.aduan.core.workflow.ActionKind;
import id.aduan.core.workflow.ComplaintsInAccess;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

    private static final StaffMember TRIAGE = new StaffMember("t-1", "Tia", Set.of(Role.TRIAGE), null);
    private static final StaffMember AGENT = new StaffMember("a-1", "Adi", Set.of(Role.AGENT), "BINA_MARGA_SDA");
    private static final StaffMember SUPERVISOR = new StaffMember("s-1", "Sri", Set.of(Role.SUPERVISOR), "BINA_MARGA_SDA");
    private static final StaffMember VIEWER = new StaffMember("v-1", "Vina", Set.of(Role.VIEWER), "BINA_MARGA_SDA");
    private static final StaffMember LEADERSHIP = new StaffMember("l-1", "Lia", Set.of(Role.VIEWER), Access.EVERY_UNIT);
    private static final StaffMember NOBODY = new StaffMember("n-1", null, Set.of(), "BINA_MARGA_SDA");

    @Test
    void unitStaffSeeTheirUnitsComplaintsOnlyAndNoneWithoutAUnit() {
        var ours = ComplaintsInAccess.withUnit("BINA_MARGA_SDA", Status.FORWARDED);
        var theirs = ComplaintsInAccess.withUnit("PERHUBUNGAN", Status.FORWARDED);
        var untriaged = ComplaintsInAccess.withUnit(null, Status.NEW);

        assertThat(Access.canSee(AGENT, ours)).isTrue();
        assertThat(Access.canSee(AGENT, theirs)).isFalse();
        assertThat(Access.canSee(SUPERVISOR, untriaged)).isFalse();
        assertThat(Access.canSee(TRIAGE, theirs)).isTrue();
        assertThat(Access.canSee(TRIAGE, untriaged)).isTrue();
        assertThat(Access.canSee(VIEWER, ours)).isTrue();
        assertThat(Access.canSee(VIEWER, theirs)).isFalse();
        assertThat(Access.canSee(LEADERSHIP, theirs)).isTrue();
    }

    @Test
    void aUnitRoleWithoutAUnitClaimIsRefusedAndEveryUnitIsForViewersOnly() {
        var viewerWithoutUnit = new StaffMember("v-2", null, Set.of(Role.VIEWER), null);
        var agentWithoutUnit = new StaffMember("a-2", null, Set.of(Role.AGENT), null);
        var supervisorOfEveryUnit = new StaffMember("s-2", null, Set.of(Role.SUPERVISOR), Access.EVERY_UNIT);
        var viewerAndAgentOfEveryUnit = new StaffMember("a-3", null, Set.of(Role.VIEWER, Role.AGENT), Access.EVERY_UNIT);
        var theirs = ComplaintsInAccess.withUnit("PERHUBUNGAN", Status.FORWARDED);

        for (var member : java.util.List.of(viewerWithoutUnit, agentWithoutUnit, supervisorOfEveryUnit, viewerAndAgentOfEveryUnit)) {
            assertThatThrownBy(() -> Access.requireUnitWhereNeeded(member)).as(member.toString())
                    .isInstanceOf(NotPermitted.class);
            assertThat(Access.mayRead(member)).as(member.toString()).isFalse();
            assertThat(Access.canSee(member, theirs)).as(member.toString()).isFalse();
        }
        Access.requireUnitWhereNeeded(LEADERSHIP);
        Access.requireUnitWhereNeeded(VIEWER);
        Access.requireUnitWhereNeeded(TRIAGE);
    }

    @Test
    void theProvinceRoleCountsEveryUnitButSeesNoComplaintAndNoPersonalData() {
        var province = new StaffMember("p-1", "Putri", Set.of(Role.PROVINCE), null);
        var provinceAndViewer = new StaffMember("p-2", null, Set.of(Role.PROVINCE, Role.VIEWER), "BINA_MARGA_SDA");

        assertThatCode(() -> Access.requireUnitWhereNeeded(province)).doesNotThrowAnyException();
        assertThat(Access.figuresOnly(province)).isTrue();
        assertThat(Access.unitScope(province)).isEmpty();
        assertThat(Access.canSee(province, ComplaintsInAccess.withUnit("PERHUBUNGAN", Status.FORWARDED))).isFalse();
        assertThat(Access.seesPersonalData(province)).isFalse();
        assertThat(Access.actions(province)).isEmpty();
        assertThat(Access.figuresOnly(provinceAndViewer)).isFalse();
        assertThat(Access.canSee(provinceAndViewer, ComplaintsInAccess.withUnit("BINA_MARGA_SDA", Status.FORWARDED))).isTrue();
    }

    @Test
    void rolesAllowTheirActionsOnly() {
        assertThat(Access.actions(TRIAGE)).containsExactlyInAnyOrder(ActionKind.values());
        assertThat(Access.actions(AGENT)).containsExactlyInAnyOrder(ActionKind.START_FOLLOW_UP, ActionKind.RESOLVE,
                ActionKind.ASSIGN, ActionKind.ADD_NOTE, ActionKind.QUEUE_REPLY);
        assertThat(Access.actions(SUPERVISOR)).contains(ActionKind.REROUTE, ActionKind.CLOSE, ActionKind.REOPEN)
                .doesNotContain(ActionKind.VERIFY, ActionKind.FORWARD, ActionKind.REJECT);
        assertThat(Access.actions(VIEWER)).isEmpty();
        assertThatThrownBy(() -> Access.require(VIEWER, ActionKind.ADD_NOTE)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void agentsTakeComplaintsThemselvesWhileSupervisorsAssignAnyone() {
        Access.requireMayAssign(AGENT, "a-1");
        Access.requireMayAssign(AGENT, null);
        Access.requireMayAssign(SUPERVISOR, "a-2");

        assertThatThrownBy(() -> Access.requireMayAssign(AGENT, "a-2")).isInstanceOf(NotPermitted.class);
    }

    @Test
    void onlyAdminsAndTriageSeePersonalDataAndATokenWithoutRolesReadsNothing() {
        assertThat(Access.seesPersonalData(TRIAGE)).isTrue();
        assertThat(Access.seesPersonalData(SUPERVISOR)).isFalse();
        assertThat(Access.seesPersonalData(VIEWER)).isFalse();
        assertThat(Access.mayRead(NOBODY)).isFalse();
        assertThat(Access.mayRead(AGENT)).isTrue();
    }

    @Test
    void groupsNameRolesInAnyCase() {
        assertThat(Role.ofGroup(" Supervisor ")).contains(Role.SUPERVISOR);
        assertThat(Role.ofGroup("staff")).isEmpty();
    }
}
