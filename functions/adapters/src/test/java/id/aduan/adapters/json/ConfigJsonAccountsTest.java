package id.aduan.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.account.InstagramAccount;
import id.aduan.core.account.InvalidAccount;
import id.aduan.core.kernel.Tenant;
import org.junit.jupiter.api.Test;

class ConfigJsonAccountsTest {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final String ACCOUNT = """
            {"accounts": [{"instagramAccountId": "17841400000000002", %s"displayName": "Dinas Perhubungan",
             "flavour": "INSTAGRAM_LOGIN", "tokenSecretId": "aduan/instagram/dishub"}]}""";

    private static JsonValue json(String text) {
        try {
            return JsonReader.read(text);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anAccountStoredBeforeTenantsIsTheFirstTenants() {
        var accounts = ConfigJson.readAccounts(json(ACCOUNT.formatted("")), BANDUNG);

        assertThat(accounts.accounts()).singleElement().extracting(InstagramAccount::tenant).isEqualTo(BANDUNG);
    }

    @Test
    void anAccountKeepsTheTenantItNamesThroughItsJsonForm() {
        var accounts = ConfigJson.readAccounts(json(ACCOUNT.formatted("\"tenant\": \"32.05\", ")), BANDUNG);

        assertThat(accounts.accounts()).singleElement().extracting(InstagramAccount::tenant).isEqualTo(new Tenant("32.05"));
        assertThat(ConfigJson.readAccounts(json(Json.write(ConfigJson.accounts(accounts))), BANDUNG)).isEqualTo(accounts);
    }

    @Test
    void aTenantThatIsNotARegionCodeIsRefusedAsUnknown() {
        assertThatThrownBy(() -> ConfigJson.readAccounts(json(ACCOUNT.formatted("\"tenant\": \"Garut\", ")), BANDUNG))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("tenant");
                    assertThat(invalid.code()).isEqualTo("UNKNOWN_TENANT");
                });
    }
}
