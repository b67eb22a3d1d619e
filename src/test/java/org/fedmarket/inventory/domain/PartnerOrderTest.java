package org.fedmarket.inventory.domain;

import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartnerOrderTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);

    private static final ShippingAddress ADDRESS = new ShippingAddress("Ada", "Main St 1", null, "10115", "Berlin", null, "DE",
            "ada@example.org", null);

    private static PartnerOrder order() {
        return new PartnerOrder(UUID.randomUUID(), "shop-a", "a-1", null, "digest",
                List.of(new OrderLine(1, "sock", 3, new BigDecimal("4.10"), null), new OrderLine(2, "hat", 1, new BigDecimal("12.00"), null)),
                ADDRESS, AT);
    }

    @Test
    void anOrderArrivesReceivedAndTotalsItsLinesExactly() {
        PartnerOrder order = order();
        assertEquals(OrderStatus.RECEIVED, order.status());
        assertEquals(new BigDecimal("24.30"), order.totalUsd());
        assertThrows(BusinessRuleException.class, () -> new PartnerOrder(UUID.randomUUID(), "shop-a", "a-2", null, "d", List.of(),
                ADDRESS, AT));
    }

    @Test
    void itMovesForwardOnlyAndShipsWithATrackingReference() {
        PartnerOrder order = order();
        assertThrows(ConflictException.class, () -> order.moveTo(OrderStatus.SHIPPED, "admin:ada", null, AT), "not accepted yet");
        OrderEvent accepted = order.moveTo(OrderStatus.ACCEPTED, "admin:ada", "ok", AT.plusMinutes(1));
        assertEquals(OrderStatus.ACCEPTED, accepted.status());
        assertEquals(AT.plusMinutes(1), order.updatedAt());
        assertThrows(BusinessRuleException.class, () -> order.ship(" ", "admin:ada", AT));
        assertThrows(BusinessRuleException.class, () -> order.ship("x".repeat(201), "admin:ada", AT));
        order.ship(" DHL-123 ", "admin:ada", AT.plusMinutes(2));
        assertEquals("DHL-123", order.tracking());
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertThrows(ConflictException.class, () -> order.moveTo(OrderStatus.CANCELLED, "admin:ada", null, AT), "the goods left");
    }

    @Test
    void aTraceparentIsKeptOnlyWhenItFitsTheW3cForm() {
        PartnerOrder order = order();
        order.arrivedIn("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", order.traceparent().orElseThrow());
        order.arrivedIn("x".repeat(56));
        assertEquals(Optional.empty(), order.traceparent());
    }
}
