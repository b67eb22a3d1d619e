package org.fedmarket.federation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PurchaseTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration LEASE = Duration.ofSeconds(60);

    private static Purchase purchase() {
        return new Purchase(UUID.randomUUID(), "shop-b", "shop-b:mug", 2, new BigDecimal("11.00"), new BigDecimal("12.65"),
                "{}", "key-1", NOW, LEASE);
    }

    @Test
    void aNewPurchaseIsLeasedToTheRequestThatMadeIt() {
        assertEquals(NOW.plus(LEASE), purchase().nextAttemptAt());
    }

    @Test
    void anUnansweredAttemptCountsAndSchedulesTheNext() {
        Purchase p = purchase();
        p.unanswered("no answer", Duration.ofSeconds(8), NOW);
        assertEquals(1, p.attempts());
        assertEquals(NOW.plusSeconds(8), p.nextAttemptAt());
        assertEquals(Purchase.Stage.HOLDING, p.stage());
    }

    @Test
    void aHoldThatEndedBeforeTheOrderIsHeldAnew() {
        Purchase p = purchase();
        p.held("hold-1", NOW.plusMinutes(10), new BigDecimal("11.00"), NOW);
        p.holdEnded(NOW);
        assertEquals(Purchase.Stage.HOLDING, p.stage());
        assertNull(p.holdId());
        assertThrows(IllegalStateException.class, () -> p.holdEnded(NOW), "only an order waiting for its hold holds anew");
    }

    @Test
    void stagesThatMakeNoSenseAreRefused() {
        Purchase failed = purchase();
        failed.failed("no stock", NOW);
        assertThrows(IllegalStateException.class, () -> failed.placed("order-1", "accepted", NOW));
        assertNull(failed.nextAttemptAt(), "a failed purchase is not resumed");

        Purchase placed = purchase();
        placed.held("hold-1", NOW.plusMinutes(10), new BigDecimal("11.00"), NOW);
        placed.placed("order-1", "accepted", NOW);
        assertThrows(IllegalStateException.class, () -> placed.failed("late", NOW));
        assertThrows(IllegalStateException.class, () -> placed.held("hold-2", NOW, BigDecimal.ONE, NOW));
        assertNull(placed.nextAttemptAt(), "a placed purchase is not resumed");
    }
}
