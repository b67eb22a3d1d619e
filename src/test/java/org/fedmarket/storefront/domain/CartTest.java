package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CartTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00Z");
    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void addingAProductTwiceAddsToItsLineUpToTheMaximum() {
        Cart cart = new Cart("c", List.of());
        cart.add("a:1", 2, TEN, "USD", "in-stock", NOW);
        cart.add("a:1", 3, TEN, "USD", "in-stock", NOW);
        assertEquals(5, cart.lines().get(0).quantity());
        cart.add("a:1", 99, TEN, "USD", "in-stock", NOW);
        assertEquals(Cart.MAX_QUANTITY, cart.lines().get(0).quantity());
        assertEquals(1, cart.lines().size());
    }

    @Test
    void whatMakesNoSenseIsRefused() {
        Cart cart = new Cart("c", List.of());
        assertEquals("quantity-invalid", assertThrows(BusinessRuleException.class,
                () -> cart.add("a:1", 0, TEN, "USD", "in-stock", NOW)).slug());
        assertEquals("quantity-invalid", assertThrows(BusinessRuleException.class,
                () -> cart.add("a:1", 100, TEN, "USD", "in-stock", NOW)).slug());
        assertEquals("product-unavailable", assertThrows(BusinessRuleException.class,
                () -> cart.add("a:1", 1, TEN, "USD", "out-of-stock", NOW)).slug());
        assertEquals("not-in-cart", assertThrows(BusinessRuleException.class, () -> cart.quantity("a:9", 2)).slug());
        for (int i = 0; i < Cart.MAX_LINES; i++) {
            cart.add("a:" + i, 1, TEN, "USD", "in-stock", NOW);
        }
        assertEquals("cart-full", assertThrows(BusinessRuleException.class,
                () -> cart.add("a:new", 1, TEN, "USD", "in-stock", NOW)).slug());
    }

    @Test
    void zeroRemovesAndSeenTakesTheCurrentPrice() {
        Cart cart = new Cart("c", List.of());
        cart.add("a:1", 2, TEN, "USD", "in-stock", NOW);
        cart.add("a:2", 1, TEN, "USD", "low-stock", NOW);
        cart.seen("a:1", new BigDecimal("12"), "USD", "low-stock");
        assertEquals(new BigDecimal("12"), cart.lines().get(0).seenPrice());
        assertEquals("low-stock", cart.lines().get(0).seenAvailability());
        cart.quantity("a:2", 0);
        assertEquals(List.of("a:1"), cart.lines().stream().map(Cart.Line::productId).toList());
    }

    @Test
    void mergingAddsQuantitiesAndKeepsTheLimit() {
        Cart mine = new Cart("c", List.of());
        mine.add("a:1", 98, TEN, "USD", "in-stock", NOW);
        Cart other = new Cart("d", List.of());
        other.add("a:1", 5, TEN, "USD", "in-stock", NOW);
        other.add("b:1", 1, TEN, "USD", "in-stock", NOW);
        mine.merge(other, NOW);
        assertEquals(Cart.MAX_QUANTITY, mine.lines().get(0).quantity());
        assertEquals(2, mine.lines().size());
    }
}
