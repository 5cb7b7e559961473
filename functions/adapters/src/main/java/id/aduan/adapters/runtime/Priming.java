package id.aduan.adapters.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Runs a function's warm-up before Lambda SnapStart takes its snapshot, so the classes and JIT state of
 * the JSON and DynamoDB paths are in the snapshot rather than loaded on the first request after a
 * restore. The warm-up must only read: a snapshot must not carry writes.
 */
public final class Priming implements Resource {

    /**
     * Every warm-up registered in this JVM, so that a benchmark on a JDK without CRaC (where the
     * snapshot hooks never run) can run them as SnapStart would. One function per JVM, as on Lambda.
     */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final Runnable warmUp;

    private Priming(Runnable warmUp) {
        this.warmUp = warmUp;
    }

    /** Registers the warm-up; the returned resource must stay referenced by the function's wiring. */
    public static Priming register(Runnable warmUp) {
        var priming = new Priming(warmUp);
        Core.getGlobalContext().register(priming);
        REGISTERED.add(priming);
        return priming;
    }

    /** Runs every registered warm-up now, as SnapStart does before its snapshot. */
    public static void runRegistered() {
        REGISTERED.forEach(priming -> priming.warmUp.run());
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        warmUp.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: clients resolve credentials and connections lazily after the restore.
    }
}
