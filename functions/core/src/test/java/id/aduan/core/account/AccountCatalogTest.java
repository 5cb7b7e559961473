package id.aduan.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.unit.UnitCatalog;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountCatalogTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

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
        assertThatThrownBy(() -> AccountCatalog.NONE.registering(account("17841400000000002", "DISHUB"), UnitCatalog.DEFAULT))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("defaultUnit");
                    assertThat(invalid.code()).isEqualTo("UNKNOWN_UNIT");
                });
    }

    @Test
    void registeringAgainReplacesTheAccount() {
        var catalog = AccountCatalog.NONE
                .registering(account("17841400000000002", null), UnitCatalog.DEFAULT)
                .registering(account("17841400000000002", "PERHUBUNGAN"), UnitCatalog.DEFAULT);

        assertThat(catalog.accounts()).singleElement().extracting(InstagramAccount::defaultUnit).isEqualTo("PERHUBUNGAN");
    }

    @Test
    void retiredAccountIsKeptButNoLongerFound() {
        var catalog = AccountCatalog.NONE.registering(account("17841400000000002", null), UnitCatalog.DEFAULT)
                .retiring("17841400000000002", NOW).orElseThrow();

        assertThat(catalog.find("17841400000000002")).isEmpty();
        assertThat(catalog.accounts()).singleElement().extracting(InstagramAccount::retiredAt).isEqualTo(NOW);
        assertThat(catalog.retiring("17841400000000002", NOW)).isEmpty();
        assertThat(catalog.registering(account("17841400000000002", null), UnitCatalog.DEFAULT)
                .find("17841400000000002")).isPresent();
    }

    static InstagramAccount account(String id, String defaultUnit) {
        return new InstagramAccount(id, "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null, "aduan/instagram/" + id,
                defaultUnit, null);
    }
}
