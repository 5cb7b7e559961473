package id.aduan.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountCatalogTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final String DEPLOYMENT_SECRET = "arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:aduan-instagram-Ab12Cd";
    private static final ReadableSecrets SECRETS = new ReadableSecrets(DEPLOYMENT_SECRET);

    @Test
    void facebookLoginAccountNeedsItsPage() {
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", "Dinas Perhubungan",
                AccountFlavour.FACEBOOK_LOGIN, null, "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("facebookPageId");
                    assertThat(invalid.code()).isEqualTo("PAGE_ID_REQUIRED");
                });
    }

    @Test
    void instagramLoginAccountHasNoPage() {
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", "Dinas Perhubungan",
                AccountFlavour.INSTAGRAM_LOGIN, "104000000000001", "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.code()).isEqualTo("PAGE_ID_NOT_USED"));
    }

    @Test
    void accountIdAndSecretMustBePlainIds() {
        assertThatThrownBy(() -> account("1784/../x", null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("instagramAccountId"));
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", "Dishub", AccountFlavour.INSTAGRAM_LOGIN,
                null, "secret with spaces", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("tokenSecretId"));
        assertThatThrownBy(() -> new InstagramAccount("17841400000000002", " ", AccountFlavour.INSTAGRAM_LOGIN,
                null, "aduan/instagram/dishub", null, null))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.field()).isEqualTo("displayName"));
    }

    @Test
    void defaultUnitMustExist() {
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(account("17841400000000002", "DISHUB"), UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("defaultUnit");
                    assertThat(invalid.code()).isEqualTo("UNKNOWN_UNIT");
                });
    }

    @Test
    void tokenMustLiveInASecretTheFunctionsMayRead() {
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(withSecret("prod/dishub-token"), UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("tokenSecretId");
                    assertThat(invalid.code()).isEqualTo("SECRET_NOT_READABLE");
                });
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(withSecret("aduan/instagram/"), UnitCatalog.DEFAULT, SECRETS))
                .isInstanceOf(InvalidAccount.class);
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(
                withSecret("arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:other/aduan/instagram/x-Ab12Cd"),
                UnitCatalog.DEFAULT, SECRETS)).isInstanceOf(InvalidAccount.class);
    }

    @Test
    void tokenMayLiveUnderTheAccountsPrefixByNameOrArnOrInTheDeploymentsOwnSecret() {
        for (var secretId : new String[] {"aduan/instagram/dishub",
                "arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:aduan/instagram/dishub-Xy34Zw", DEPLOYMENT_SECRET}) {
            assertThat(AccountCatalog.NONE.registering(withSecret(secretId), UnitCatalog.DEFAULT, SECRETS).accounts())
                    .singleElement().extracting(InstagramAccount::tokenSecretId).isEqualTo(secretId);
        }
    }

    @Test
    void registeringAgainReplacesTheAccount() {
        var catalog = AccountCatalog.NONE
                .registering(account("17841400000000002", null), UnitCatalog.DEFAULT, SECRETS)
                .registering(account("17841400000000002", "PERHUBUNGAN"), UnitCatalog.DEFAULT, SECRETS);

        assertThat(catalog.accounts()).singleElement().extracting(InstagramAccount::defaultUnit).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void retiredAccountIsKeptButNoLongerFound() {
        var catalog = AccountCatalog.NONE.registering(account("17841400000000002", null), UnitCatalog.DEFAULT, SECRETS)
                .retiring("17841400000000002", NOW).orElseThrow();

        assertThat(catalog.find("17841400000000002")).isEmpty();
        assertThat(catalog.accounts()).singleElement().extracting(InstagramAccount::retiredAt).isEqualTo(NOW);
        assertThat(catalog.retiring("17841400000000002", NOW)).isEmpty();
        assertThat(catalog.registering(account("17841400000000002", null), UnitCatalog.DEFAULT, SECRETS)
                .find("17841400000000002")).isPresent();
    }

    private static InstagramAccount withSecret(String secretId) {
        return new InstagramAccount("17841400000000002", "Dinas Perhubungan", AccountFlavour.INSTAGRAM_LOGIN, null,
                secretId, null, null);
    }

    static InstagramAccount account(String id, String defaultUnit) {
        return new InstagramAccount(id, "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/" + id,
                defaultUnit, null);
    }
}
