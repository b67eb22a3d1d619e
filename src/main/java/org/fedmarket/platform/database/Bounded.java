package org.fedmarket.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads for health checks that must answer even while PostgreSQL does not: each runs on its own thread against a
 * deadline (a frozen database answers nothing, not even the driver's cancel), and a read still hanging from an earlier
 * probe is not started again, so probes never pile up threads behind a frozen database.
 */
@ApplicationScoped
public class Bounded {

    /** How long a health check waits for the database. */
    public static final Duration DEADLINE = Duration.ofSeconds(2);

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Future<?>> inFlight = new ConcurrentHashMap<>();

    /** The read's answer, or empty when the database did not answer within the deadline (or the read failed). */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> read(String name, Callable<T> read) {
        Future<?> running = inFlight.get(name);
        if (running != null && !running.isDone()) {
            return Optional.empty();
        }
        Future<T> started = executor.submit(read);
        inFlight.put(name, started);
        try {
            return Optional.ofNullable(started.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
