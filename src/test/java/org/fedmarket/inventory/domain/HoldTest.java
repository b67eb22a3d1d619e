package org.fedmarket.inventory.domain;

import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final Hold hold = Hold.place(7, "shop-b", "cart-1", 3, NOW, TEN_MINUTES);

    @Test
    void aHoldIsLiveUntilItExpiresThenLapsedUntilTheSweepEndsIt() {
        assertTrue(hold.liveAt(NOW));
        assertTrue(hold.liveAt(NOW.plus(TEN_MINUTES).minusNanos(1)));
        assertFalse(hold.liveAt(NOW.plus(TEN_MINUTES)), "expiresAt itself is past");
        assertTrue(hold.lapsedAt(NOW.plus(TEN_MINUTES)));
        Hold consumed = new Hold(hold.id(), 7, "shop-b", "cart-1", 3, Hold.Status.CONSUMED, NOW, NOW.plus(TEN_MINUTES));
        assertFalse(consumed.liveAt(NOW));
        assertFalse(consumed.lapsedAt(NOW.plus(TEN_MINUTES)), "an ended hold has nothing left to sweep");
    }

    @Test
    void aHoldAsksForOneToTenThousandUnitsUnderAReferenceOfAtMostAHundredCharacters() {
        assertEquals("quantity-invalid", slug(() -> Hold.place(7, "shop-b", "r", 0, NOW, TEN_MINUTES)));
        assertEquals("quantity-invalid", slug(() -> Hold.place(7, "shop-b", "r", 10_001, NOW, TEN_MINUTES)));
        assertEquals("quantity-invalid", slug(() -> hold.resizedTo(-1)));
        assertEquals("reference-invalid", slug(() -> Hold.place(7, "shop-b", "r".repeat(101), 1, NOW, TEN_MINUTES)));
        assertEquals("", Hold.place(7, "shop-b", null, 1, NOW, TEN_MINUTES).reference(), "no reference is the empty one");
        assertEquals(10_000, hold.resizedTo(10_000).quantity());
    }

    @Test
    void onlyItsPartnerUsesALiveHoldForThatProductAndAtMostItsQuantity() {
        assertEquals(1, hold.consumableFor("shop-b", 7, 2, NOW), "the unit the order leaves over goes back");
        assertEquals(0, hold.consumableFor("shop-b", 7, 3, NOW));
        assertEquals("hold-unknown", slug(() -> hold.consumableFor("shop-c", 7, 1, NOW)));
        assertEquals("hold-unknown", slug(() -> hold.consumableFor("shop-b", 8, 1, NOW)));
        assertEquals("hold-too-small", slug(() -> hold.consumableFor("shop-b", 7, 4, NOW)));
        assertEquals("hold-ended", slug(() -> hold.consumableFor("shop-b", 7, 1, NOW.plus(TEN_MINUTES))));
        Hold released = new Hold(hold.id(), 7, "shop-b", "cart-1", 3, Hold.Status.RELEASED, NOW, NOW.plus(TEN_MINUTES));
        ConflictException ended = assertThrows(ConflictException.class, () -> released.consumableFor("shop-b", 7, 1, NOW));
        assertTrue(ended.getMessage().contains("released"), ended.getMessage());
        assertThrows(BusinessRuleException.class, () -> hold.consumableFor("shop-c", 7, 1, NOW));
    }

    private static String slug(Runnable action) {
        DomainException refused = assertThrows(DomainException.class, action::run);
        String type = refused.toProblem(null).type();
        return type.substring(type.lastIndexOf(':') + 1);
    }
}
