package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.config.SectionValue;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every configuration section read at once, as the SLA monitor reads them. */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbConfigStoreIT {

    private static final Instant AT = Instant.parse("2026-08-04T03:07:00Z");

    @Test
    void aSnapshotReadsEverySectionInOneQueryTheSavedAsSavedTheOthersAsTheirDefaults(Deployment deployment) {
        var runtime = new FunctionRuntime("sla-monitor", new Settings(deployment.environment("SlaMonitorFunction")),
                Clock.systemUTC());
        var calendar = WorkingCalendar.standard();
        var store = new DynamoDbConfigStore(runtime.table().forTenant(new Tenant("32.73")), calendar, new Tenant("32.73"));
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        var policy = SlaPolicy.DEFAULT.withWarnShare(0.5);
        store.write(new SectionValue.Units(new UnitCatalog(units)), 0, "admin", AT);
        store.write(new SectionValue.Sla(policy), 0, "admin", AT);
        var before = runtime.requests().byOperation();

        var snapshot = store.snapshot();

        assertThat(difference(runtime.requests().byOperation(), before)).containsExactly(Map.entry("DynamoDb.Query", 1L));
        assertThat(snapshot.units().find("PARIWISATA")).map(Unit::name).contains("Dinas Pariwisata");
        assertThat(snapshot.slaRules().policy()).isEqualTo(policy).isEqualTo(store.slaRules().policy());
        assertThat(snapshot.slaRules().calendar()).isSameAs(calendar);
        assertThat(snapshot.accounts()).isEqualTo(store.accounts());
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        var sent = new TreeMap<String, Long>();
        after.forEach((operation, count) -> {
            long more = count - before.getOrDefault(operation, 0L);
            if (more > 0) {
                sent.put(operation, more);
            }
        });
        return sent;
    }
}
