package id.aduan.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountCatalogTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final String DEPLOYMENT_SECRET = "arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:aduan-instagram-Ab12Cd";
    private static final ReadableSecrets SECRETS = new ReadableSecrets(DEPLOYMENT_SECRET);
    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenants TENANTS = Tenants.of("32.73", "32.05");

    @Test
    void facebookLoginAccountNeedsItsPage() {
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", BANDUNG, "Dinas Perhubungan",
                AccountFlavour.FACEBOOK_LOGIN, null, "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("facebookPageId");
                    assertThat(invalid.code()).isEqualTo("PAGE_ID_REQUIRED");
                });
    }

    @Test
    void instagramLoginAccountHasNoPage() {
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", BANDUNG, "Dinas Perhubungan",
                AccountFlavour.INSTAGRAM_LOGIN, "104000000000001", "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.code()).isEqualTo("PAGE_ID_NOT_USED"));
    }

    @Test
    void accountIdAndSecretMustBePlainIds() {
        assertThatThrownBy(() -> account("1784/../x", null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("instagramAccountId"));
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", BANDUNG, "Dishub", AccountFlavour.INSTAGRAM_LOGIN,
                null, "secret with spaces", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("tokenSecretId"));
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", BANDUNG, " ", AccountFlavour.INSTAGRAM_LOGIN,
                null, "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("displayName"));
    }

    @Test
    void defaultUnitMustExist() {
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(account("17841400000000002", "DISHUB"), TENANTS,
                UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("defaultUnit");
                    assertThat(invalid.code()).isEqualTo("UNKNOWN_UNIT");
                });
    }

    @Test
    void accountIsRegisteredOnlyForATenantTheStackServes() {
        var garut = new InstagramAccount("17841400000000003", new Tenant("32.05"), "Pemkab Garut",
                AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/garut", null, null);
        var tasikmalaya = new InstagramAccount("17841400000000004", new Tenant("32.78"), "Pemkot Tasikmalaya",
                AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/tasikmalaya", null, null);

        assertThat(AccountCatalog.NONE.registering(garut, TENANTS, UnitCatalog.DEFAULT, SECRETS).find("17841400000000003"))
                .map(InstagramAccount::tenant).contains(new Tenant("32.05"));
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(tasikmalaya, TENANTS, UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("tenant");
                    assertThat(invalid.code()).isEqualTo("UNKNOWN_TENANT");
                });
    }

    @Test
    void accountWithoutTenantIsRefused() {
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", null, "Dinas Perhubungan",
                AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("tenant"));
    }

    @Test
    void tokenMustLiveInASecretTheFunctionsMayRead() {
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(withSecret("prod/dishub-token"), TENANTS,
                UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("tokenSecretId");
                    assertThat(invalid.code()).isEqualTo("SECRET_NOT_READABLE");
                });
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(withSecret("aduan/instagram/"), TENANTS,
                UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOf(InvalidAccount.class);
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(
                withSecret("arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:other/aduan/instagram/x-Ab12Cd"),
                TENANTS, UnitCatalog.DEFAULT, SECRETS)).isInstanceOf(InvalidAccount.class);
    }

    @Test
    void tokenMayLiveUnderTheAccountsPrefixByNameOrArnOrInTheDeploymentsOwnSecret() {
        for (var secretId : new String[] {"aduan/instagram/dishub",
                "arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:aduan/instagram/dishub-Xy34Zw", DEPLOYMENT_SECRET}) {
            assertThat(AccountCatalog.NONE.registering(withSecret(secretId), TENANTS, UnitCatalog.DEFAULT, SECRETS).accounts())
                    .singleElement().extracting(InstagramAccount::tokenSecretId).isEqualTo(secretId);
        }
    }

    @Test
    void registeringAgainReplacesTheAccount() {
        var catalog = AccountCatalog.NONE
                .registering(account("17841400000000002", null), TENANTS, UnitCatalog.DEFAULT, SECRETS)
                .registering(account("17841400000000002", "PERHUBUNGAN"), TENANTS, UnitCatalog.DEFAULT, SECRETS);

        assertThat(catalog.accounts()).singleElement().extracting(InstagramAccount::defaultUnit).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void retiredAccountIsKeptButNoLongerFound() {
        var catalog = AccountCatalog.NONE
                .registering(account("17841400000000002", null), TENANTS, UnitCatalog.DEFAULT, SECRETS)
                .retiring("17841400000000002", NOW).orElseThrow();

        assertThat(catalog.find("17841400000000002")).isEmpty();
        assertThat(catalog.accounts()).singleElement().extracting(InstagramAccount::retiredAt).isEqualTo(NOW);
        assertThat(catalog.retiring("17841400000000002", NOW)).isEmpty();
        assertThat(catalog.registering(account("17841400000000002", null), TENANTS, UnitCatalog.DEFAULT, SECRETS)
                .find("17841400000000002")).isPresent();
    }

    private static InstagramAccount withSecret(String secretId) {
        return new InstagramAccount("17841400000000002", BANDUNG, "Dinas Perhubungan", AccountFlavour.INSTAGRAM_LOGIN, null,
                secretId, null, null);
    }

    static InstagramAccount account(String id, String defaultUnit) {
        return new InstagramAccount(id, BANDUNG, "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/" + id,
                defaultUnit, null);
    }
}
