package org.fedmarket.federation.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PurchaseRetryTest {

    @Test
    void theWaitDoublesPerUnansweredAttemptUpToTheMaximum() {
        PurchaseRetry retry = new PurchaseRetry();
        retry.firstRetry = Duration.ofSeconds(5);
        retry.maxBackoff = Duration.ofMinutes(5);
        assertEquals(Duration.ofSeconds(5), retry.backoff(1));
        assertEquals(Duration.ofSeconds(10), retry.backoff(2));
        assertEquals(Duration.ofSeconds(160), retry.backoff(6));
        assertEquals(Duration.ofMinutes(5), retry.backoff(7));
        assertEquals(Duration.ofMinutes(5), retry.backoff(1_000));
    }
}
