package org.fedmarket.storefront.domain;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CursorTest {

    @Test
    void aCursorReadsBackAsItWasWritten() {
        Cursor after = Cursor.after(Sort.PRICE_ASC, "12.50", "shop-b:sock-1");
        assertEquals(Optional.of(after), Cursor.decode(after.encode(), Sort.PRICE_ASC));
        Cursor rank = Cursor.after(Sort.RELEVANCE, 0.0607927f, "shop-a:x");
        assertEquals("0.0607927", Cursor.decode(rank.encode(), Sort.RELEVANCE).orElseThrow().key());
    }

    @Test
    void aCursorOfAnotherOrderOrNotOursIsRefused() {
        String byPrice = Cursor.after(Sort.PRICE_ASC, "12.50", "shop-b:sock-1").encode();
        assertEquals(Optional.empty(), Cursor.decode(byPrice, Sort.NEWEST), "a price cursor does not continue a newest-first list");
        assertEquals(Optional.empty(), Cursor.decode("%%%", Sort.NEWEST));
        assertEquals(Optional.empty(), Cursor.decode(encode("newest\nnot-a-number\nshop-a:x"), Sort.NEWEST));
        assertEquals(Optional.empty(), Cursor.decode(encode("newest\n12\n"), Sort.NEWEST), "no product id");
        assertEquals(Optional.empty(), Cursor.decode(encode("newest\n12"), Sort.NEWEST));
        assertEquals(Optional.empty(), Cursor.decode("A".repeat(Cursor.MAX_LENGTH + 1), Sort.NEWEST));
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes());
    }
}
