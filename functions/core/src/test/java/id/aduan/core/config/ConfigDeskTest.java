package id.aduan.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.Role;
import id.aduan.core.access.StaffMember;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.account.InvalidAccount;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.kernel.VersionConflict;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigDeskTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final StaffMember ADMIN = new StaffMember("admin-1", "Admin", Set.of(Role.ADMIN), null);
    private static final StaffMember AGENT = new StaffMember("agent-1", "Agen", Set.of(Role.AGENT), "SOSIAL");

    private final InMemoryConfigSectionStore sections = new InMemoryConfigSectionStore();
    private final ConfigDesk desk = new ConfigDesk(sections, new ReadableSecrets("aduan-instagram"), Tenants.of("32.73"),
            new Tenant("32.73"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyStaffRoleReadsTheDefaultAtVersionZero() {
        var units = desk.read(ConfigSection.UNITS, AGENT);

        assertThat(units.version()).isZero();
        assertThat(units.value()).isEqualTo(new SectionValue.Units(UnitCatalog.DEFAULT));
        assertThat(units.updatedBy()).isEmpty();
    }

    @Test
    void onlyAdminsChangeConfigurationAndAreRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> desk.editor(AGENT)).isInstanceOf(NotPermitted.class);
        assertThat(sections.read(ConfigSection.SLA).version()).isZero();
    }

    @Test
    void aChangeIsStoredAtTheNextVersionAndAnsweredAsReadBack() {
        var policy = new SectionValue.Sla(SlaPolicy.DEFAULT);

        var changed = desk.editor(ADMIN).change(policy, 0);

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.value()).isEqualTo(policy);
        assertThat(changed.updatedBy()).contains("admin-1");
        assertThat(changed.updatedAt()).contains(NOW);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAVersionConflictNamingTheCurrentOne() {
        var editor = desk.editor(ADMIN);
        editor.change(new SectionValue.Sla(SlaPolicy.DEFAULT), 0);

        assertThatThrownBy(() -> editor.change(new SectionValue.Sla(SlaPolicy.DEFAULT), 0))
                .isInstanceOfSatisfying(VersionConflict.class, stale -> assertThat(stale.currentVersion()).isEqualTo(1));
    }

    @Test
    void unitsMayBeRenamedAndAddedButNoCodeDropped() {
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.set(0, new Unit(units.getFirst().code(), "Dinas PUPR", "jalan"));
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        var editor = desk.editor(ADMIN);

        var renamed = editor.change(new SectionValue.Units(new UnitCatalog(units)), 0);
        assertThat(renamed.version()).isEqualTo(1);

        var dropped = new UnitCatalog(units.subList(1, units.size()));
        assertThatThrownBy(() -> editor.change(new SectionValue.Units(dropped), 1))
                .isInstanceOfSatisfying(ConfigRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("units");
                    assertThat(rejected.getMessage()).contains("BINA_MARGA_SDA");
                });
        assertThat(sections.read(ConfigSection.UNITS).version()).isEqualTo(1);
    }

    @Test
    void anAccountsSectionNamingAnUnknownDefaultUnitIsRefused() {
        var accounts = new AccountCatalog(List.of(account("17841400000000001", "DINAS_TIDAK_ADA")));

        assertThatThrownBy(() -> desk.editor(ADMIN).change(new SectionValue.Accounts(accounts), 0))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.code()).isEqualTo("UNKNOWN_UNIT"));
    }

    @Test
    void anAccountWhoseTokenLivesInASecretTheFunctionsCannotReadIsRefusedEitherWay() {
        var elsewhere = new InstagramAccount("17841400000000001", new Tenant("32.73"), "Dishub", AccountFlavour.INSTAGRAM_LOGIN, null,
                "prod/dishub-token", null, null);
        var editor = desk.editor(ADMIN);

        assertThatThrownBy(() -> editor.registerAccount(elsewhere, 0))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.code()).isEqualTo("SECRET_NOT_READABLE"));
        assertThatThrownBy(() -> editor.change(new SectionValue.Accounts(new AccountCatalog(List.of(elsewhere))), 0))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.code()).isEqualTo("SECRET_NOT_READABLE"));
        assertThat(sections.accounts().isEmpty()).isTrue();
    }

    @Test
    void anAccountCanDefaultToAUnitAddedByAnEarlierChange() {
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        var editor = desk.editor(ADMIN);
        editor.change(new SectionValue.Units(new UnitCatalog(units)), 0);

        var registered = editor.registerAccount(account("17841400000000001", "PARIWISATA"), 0);

        assertThat(registered.value()).isEqualTo(new SectionValue.Accounts(
                new AccountCatalog(List.of(account("17841400000000001", "PARIWISATA")))));
    }

    @Test
    void retiringAnAccountKeepsItRetiredAndAnUnknownOneIsEmpty() {
        var editor = desk.editor(ADMIN);
        editor.registerAccount(account("17841400000000001", null), 0);

        var retired = editor.retireAccount("17841400000000001", 1);

        assertThat(retired).map(StoredSection::version).contains(2L);
        assertThat(sections.accounts().named("17841400000000001")).map(InstagramAccount::retiredAt).contains(NOW);
        assertThat(editor.retireAccount("17841400000000001", 2)).isEqualTo(Optional.empty());
    }

    @Test
    void anAdminRegistersChangesAndRetiresOnlyTheirOwnTenantsAccounts() {
        var bandung = deskOf("32.73").editor(ADMIN);
        var garut = deskOf("32.05").editor(ADMIN);
        bandung.registerAccount(account("17841400000000001", null), 0);

        assertThatThrownBy(() -> garut.registerAccount(account("17841400000000002", null), 1))
                .isInstanceOfSatisfying(NotPermitted.class, refused -> assertThat(refused.getMessage())
                        .contains("17841400000000002"));
        assertThatThrownBy(() -> garut.registerAccount(account("17841400000000001", "32.05", null), 1))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> garut.retireAccount("17841400000000001", 1)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> garut.change(new SectionValue.Accounts(new AccountCatalog(
                List.of(account("17841400000000001", "32.05", null)))), 1)).isInstanceOf(NotPermitted.class);
        assertThat(sections.accounts()).isEqualTo(new AccountCatalog(List.of(account("17841400000000001", null))));
    }

    @Test
    void aWholeAccountsSectionWriteKeepsTheOtherTenantsAccountsAndEachTenantReadsOnlyItsOwn() {
        deskOf("32.73").editor(ADMIN).registerAccount(account("17841400000000001", null), 0);
        var garutDesk = deskOf("32.05");

        var written = garutDesk.editor(ADMIN).change(new SectionValue.Accounts(new AccountCatalog(
                List.of(account("17841400000000002", "32.05", null)))), 1);

        var garutOnly = new SectionValue.Accounts(new AccountCatalog(List.of(account("17841400000000002", "32.05", null))));
        assertThat(written.value()).isEqualTo(garutOnly);
        assertThat(garutDesk.read(ConfigSection.ACCOUNTS, AGENT).value()).isEqualTo(garutOnly);
        assertThat(sections.accounts().accounts()).containsExactlyInAnyOrder(account("17841400000000001", null),
                account("17841400000000002", "32.05", null));
    }

    private ConfigDesk deskOf(String tenant) {
        return new ConfigDesk(sections, new ReadableSecrets("aduan-instagram"), Tenants.of("32.73", "32.05"),
                new Tenant(tenant), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static InstagramAccount account(String id, String defaultUnit) {
        return account(id, "32.73", defaultUnit);
    }

    private static InstagramAccount account(String id, String tenant, String defaultUnit) {
        return new InstagramAccount(id, new Tenant(tenant), "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null,
                "aduan/instagram/" + id, defaultUnit, null);
    }
}
