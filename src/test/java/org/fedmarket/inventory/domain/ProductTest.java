package org.fedmarket.inventory.domain;

import org.fedmarket.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductTest {

    private static Product sock() {
        return new Product("sock-1", "Sock", "Wool", new BigDecimal("9.90"), "EUR", "https://img.example/s.jpg");
    }

    @Test
    void aProductIsListedUntilPausedOrDeleted() {
        Product sock = sock();
        assertTrue(sock.listed());
        sock.pause();
        assertFalse(sock.listed());
        sock.resume();
        assertTrue(sock.listed());
        sock.delete();
        assertFalse(sock.listed());
        assertThrows(BusinessRuleException.class, sock::resume, "a deleted product comes back only by creating it anew");
        sock.revive("Sock", "Wool", new BigDecimal("9.90"), "EUR", null);
        assertTrue(sock.listed());
    }

    @Test
    void badDataIsRefusedWithTheField() {
        assertEquals("urn:fedmarket:problem:sku-invalid", problem(() -> new Product("has space", "n", "", BigDecimal.ONE, "EUR", null)));
        assertEquals("urn:fedmarket:problem:sku-invalid", problem(() -> new Product("a:b", "n", "", BigDecimal.ONE, "EUR", null)),
                "':' separates shop id and SKU in product ids");
        assertEquals("urn:fedmarket:problem:price-invalid", problem(() -> new Product("s", "n", "", new BigDecimal("-1"), "EUR", null)));
        assertEquals("urn:fedmarket:problem:price-invalid", problem(() -> new Product("s", "n", "", new BigDecimal("1.00001"), "EUR", null)));
        assertEquals("urn:fedmarket:problem:currency-invalid", problem(() -> new Product("s", "n", "", BigDecimal.ONE, "euro", null)));
        assertEquals("urn:fedmarket:problem:name-invalid", problem(() -> new Product("s", " ", "", BigDecimal.ONE, "EUR", null)));
        assertEquals("urn:fedmarket:problem:image-url-invalid", problem(() -> new Product("s", "n", "", BigDecimal.ONE, "EUR", "ftp://x")));
    }

    @Test
    void availabilityHasThreeClasses() {
        assertEquals(Availability.OUT_OF_STOCK, Availability.of(0, 5));
        assertEquals(Availability.LOW_STOCK, Availability.of(5, 5));
        assertEquals(Availability.IN_STOCK, Availability.of(6, 5));
        assertEquals(Availability.LOW_STOCK, Availability.ofId("low-stock"));
    }

    private static String problem(Runnable action) {
        return assertThrows(BusinessRuleException.class, action::run).toProblem(null).type();
    }
}
