package id.aduan.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerTenantTest {

    private final List<Tenant> builds = new ArrayList<>();
    private final PerTenant<String> perTenant = new PerTenant<>(tenant -> {
        builds.add(tenant);
        return "pieces of " + tenant;
    });

    @Test
    void nothingIsBuiltBeforeATenantIsAskedFor() {
        assertThat(builds).isEmpty();
    }

    @Test
    void eachTenantIsBuiltOnceWhenFirstAskedForAndKeptAfterwards() {
        var first = perTenant.apply(new Tenant("32.73"));
        var again = perTenant.apply(new Tenant("32.73"));
        var other = perTenant.apply(new Tenant("32.05"));

        assertThat(first).isSameAs(again).isEqualTo("pieces of 32.73");
        assertThat(other).isEqualTo("pieces of 32.05");
        assertThat(builds).containsExactly(new Tenant("32.73"), new Tenant("32.05"));
    }

    @Test
    void whatWasBuiltIsWalkedWithoutBuildingMore() {
        perTenant.apply(new Tenant("32.05"));
        var walked = new ArrayList<String>();

        perTenant.forEachBuilt(walked::add);

        assertThat(walked).containsExactly("pieces of 32.05");
        assertThat(builds).containsExactly(new Tenant("32.05"));
    }
}
