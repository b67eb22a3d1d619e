package org.fedmarket.inventory.api;

import org.fedmarket.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderStatusTest {

    @Test
    void anOrderMovesForwardOnly() {
        assertEquals(OrderStatus.ACCEPTED, OrderStatus.RECEIVED.moveTo(OrderStatus.ACCEPTED));
        assertEquals(OrderStatus.SHIPPED, OrderStatus.ACCEPTED.moveTo(OrderStatus.SHIPPED));
        assertEquals(OrderStatus.DELIVERED, OrderStatus.SHIPPED.moveTo(OrderStatus.DELIVERED));
        assertThrows(ConflictException.class, () -> OrderStatus.RECEIVED.moveTo(OrderStatus.SHIPPED), "not accepted yet");
        assertThrows(ConflictException.class, () -> OrderStatus.SHIPPED.moveTo(OrderStatus.CANCELLED), "the goods left");
        assertThrows(ConflictException.class, () -> OrderStatus.ACCEPTED.moveTo(OrderStatus.ACCEPTED));
    }

    @Test
    void endStatesEndTheOrder() {
        for (OrderStatus end : EnumSet.of(OrderStatus.REJECTED, OrderStatus.OUT_OF_STOCK, OrderStatus.CANCELLED, OrderStatus.DELIVERED)) {
            assertTrue(end.next().isEmpty(), end + " is final");
        }
    }

    @Test
    void onlyGoodsThatNeverLeftGoBackIntoStock() {
        assertTrue(OrderStatus.REJECTED.returnsStock());
        assertTrue(OrderStatus.CANCELLED.returnsStock());
        assertFalse(OrderStatus.OUT_OF_STOCK.returnsStock(), "there was no stock to return");
        assertFalse(OrderStatus.DELIVERED.returnsStock());
    }

    @Test
    void wireNamesRoundTrip() {
        for (OrderStatus status : OrderStatus.values()) {
            assertEquals(status, OrderStatus.ofId(status.id()));
        }
        assertEquals("out-of-stock", OrderStatus.OUT_OF_STOCK.id());
    }
}
