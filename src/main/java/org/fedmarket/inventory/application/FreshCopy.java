package org.fedmarket.inventory.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-memory copy of something read from the database: reused until {@code maxAge} passes (changes
 * made by another instance of the node) or {@link #drop()} is called at the commit of a change on this
 * one. A read that began before a drop is never kept, so a commit can't be hidden by a slower reader.
 */
final class FreshCopy<T> {

    private record Held<T>(T value, Instant readAt, long generation) {
    }

    private final Duration maxAge;
    private final Supplier<T> read;
    private final AtomicLong generation = new AtomicLong();
    private volatile Held<T> held;

    FreshCopy(Duration maxAge, Supplier<T> read) {
        this.maxAge = maxAge;
        this.read = read;
    }

    T get() {
        long current = generation.get();
        Held<T> copy = held;
        if (copy != null && copy.generation() == current && copy.readAt().plus(maxAge).isAfter(Instant.now())) {
            return copy.value();
        }
        T value = read.get();
        if (generation.get() == current) {
            held = new Held<>(value, Instant.now(), current);
        }
        return value;
    }

    void drop() {
        generation.incrementAndGet();
        held = null;
    }
}
