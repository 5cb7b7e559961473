package id.aduan.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantPassesTest {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    private static final Tenant PROVINCE = new Tenant("32");

    @Test
    void eachTenantsPassRunsOnItsOwnPartInTheStacksOrder() {
        var built = new ArrayList<Tenant>();
        var passes = new TenantPasses<>(Tenants.of("32.73", "32.05", "32"), tenant -> {
            built.add(tenant);
            return "part of " + tenant;
        });
        var ran = new ArrayList<String>();

        var run = passes.run(part -> {
            ran.add(part);
            return part.length();
        });

        assertThat(built).containsExactly(BANDUNG, GARUT, PROVINCE);
        assertThat(ran).containsExactly("part of 32.73", "part of 32.05", "part of 32");
        assertThat(run.results()).containsExactly(Map.entry(BANDUNG, 13), Map.entry(GARUT, 13),
                Map.entry(PROVINCE, 10));
        assertThat(run.complete()).isTrue();
    }

    @Test
    void oneTenantsFailureIsKeptWithItsReasonAndTheOthersStillRun() {
        var passes = new TenantPasses<>(Tenants.of("32.73", "32.05", "32"), tenant -> tenant);
        var ran = new ArrayList<Tenant>();

        var run = passes.run(tenant -> {
            ran.add(tenant);
            if (tenant.equals(GARUT)) {
                throw new IllegalStateException("configuration unreadable");
            }
            return tenant.id();
        });

        assertThat(ran).containsExactly(BANDUNG, GARUT, PROVINCE);
        assertThat(run.results().keySet()).containsExactly(BANDUNG, PROVINCE);
        assertThat(run.failed()).containsOnlyKeys(GARUT);
        assertThat(run.failed().get(GARUT)).contains("IllegalStateException", "configuration unreadable");
        assertThat(run.complete()).isFalse();
    }

    @Test
    void aTenantsPartIsTheOneBuiltForIt() {
        var passes = new TenantPasses<>(Tenants.of("32.73", "32.05"), tenant -> List.of(tenant));

        assertThat(passes.of(GARUT)).containsExactly(GARUT);
        assertThatThrownBy(() -> passes.of(PROVINCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
    }
}
