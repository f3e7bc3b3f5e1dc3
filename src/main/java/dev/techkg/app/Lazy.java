package dev.techkg.app;

import java.util.function.Supplier;

/** A supplier that computes its value once, on first use, and is safe to share between threads. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    private Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    /** Whether the value has been computed. */
    boolean isReady() {
        return value != null;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = factory.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
