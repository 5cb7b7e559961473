package id.aduan.adapters.dynamodb;

import java.util.function.Supplier;

/** A value built on first use and kept: safe for the concurrent requests of one container. */
final class Memoised<T> implements Supplier<T> {

    private final Supplier<? extends T> source;
    private volatile T value;

    Memoised(Supplier<? extends T> source) {
        this.source = source;
    }

    @Override
    public T get() {
        var built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = source.get();
                    value = built;
                }
            }
        }
        return built;
    }
}
