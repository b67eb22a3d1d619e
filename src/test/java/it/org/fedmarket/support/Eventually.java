package it.org.fedmarket.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Waiting for what other nodes do in their own time: polls until the expected value or the deadline. */
public final class Eventually {

    private Eventually() {
    }

    /** Asserts that {@code actual} yields {@code expected} within {@code within}, polling every 250 ms. */
    public static <T> void await(Duration within, String what, Supplier<T> actual, T expected) {
        Instant deadline = Instant.now().plus(within);
        T last = actual.get();
        while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
            pause(Duration.ofMillis(250));
            last = actual.get();
        }
        assertEquals(expected, last, what);
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
