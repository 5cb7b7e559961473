package id.aduan.adapters.config;

import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.unit.UnitCatalog;
import java.time.Duration;
import java.util.function.Supplier;

/** The units admins configured (the built-in catalog until they change it), for functions that name units. */
public final class ConfiguredUnits {

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    private ConfiguredUnits() {
    }

    /** The configured units, read at most once a minute; build once per container. */
    public static Supplier<UnitCatalog> of(FunctionRuntime runtime) {
        var config = new CachedConfigStore(FunctionConfigStore.of(runtime), runtime.clock(), CONFIG_CACHE);
        return config::units;
    }
}
