package id.aduan.core.kernel;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a function keeps for each government it acts for (its ingestion, its reply sender's stores),
 * built the first time that tenant is met and kept for the container's life: a stack that serves one
 * tenant builds exactly one, and only when it is first needed.
 */
public final class PerTenant<T> implements Function<Tenant, T> {

    private final Function<Tenant, T> build;
    private final Map<Tenant, T> built = new ConcurrentHashMap<>();

    public PerTenant(Function<Tenant, T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T apply(Tenant tenant) {
        return built.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), build);
    }

    /** Hands {@code each} what was built so far, tenant by tenant; builds nothing. */
    public void forEachBuilt(Consumer<T> each) {
        built.values().forEach(each);
    }
}
