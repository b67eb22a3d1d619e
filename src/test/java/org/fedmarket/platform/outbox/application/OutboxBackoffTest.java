package org.fedmarket.platform.outbox.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxBackoffTest {

    private static Outbox policy() {
        Outbox outbox = new Outbox();
        outbox.firstRetry = Duration.ofSeconds(30);
        outbox.maxBackoff = Duration.ofHours(6);
        outbox.maxAttempts = 16;
        return outbox;
    }

    @Test
    void theWaitDoublesFromThirtySecondsUpToSixHours() {
        Outbox outbox = policy();
        assertEquals(Duration.ofSeconds(30), outbox.backoff(1));
        assertEquals(Duration.ofSeconds(60), outbox.backoff(2));
        assertEquals(Duration.ofMinutes(32), outbox.backoff(7));
        assertEquals(Duration.ofHours(6), outbox.backoff(11));
        assertEquals(Duration.ofHours(6), outbox.backoff(60), "no overflow for absurd attempt numbers");
    }

    @Test
    void sixteenAttemptsSpanAboutADayAndAHalf() {
        Outbox outbox = policy();
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < 16; attempt++) {
            total = total.plus(outbox.backoff(attempt));
        }
        assertEquals(38, total.toHours(), "waits between the 16 attempts: " + total);
    }
}
