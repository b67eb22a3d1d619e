package org.fedmarket.inventory.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductIdTest {

    @Test
    void theShopIsEverythingBeforeTheFirstColonAndTheSkuMayHoldColons() {
        ProductId id = ProductId.parse("shop-b:sock:red:42").orElseThrow();
        assertEquals("shop-b", id.shop());
        assertEquals("sock:red:42", id.sku());
        assertEquals("shop-b:sock:red:42", id.toString());
        assertTrue(id.of("shop-b"));
        assertFalse(id.of("shop-a"));
    }

    @Test
    void aTextWithoutShopOrSkuIsNoProductId() {
        for (String text : new String[]{null, "", "sock", ":sock", "shop-b:"}) {
            assertEquals(Optional.empty(), ProductId.parse(text), String.valueOf(text));
        }
        assertThrows(IllegalArgumentException.class, () -> new ProductId("a:b", "c"));
    }
}
