package org.fedmarket.platform.input;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EscapesTest {

    @Test
    void decodesPercentEscapesAsUtf8AndPlusAsSpaceInQueries() {
        assertEquals(List.of(Map.entry("q", "grüne Socken"), Map.entry("after", "")),
                Escapes.query("q=gr%C3%BCne+Socken&after"));
        assertEquals("/api/v1/product/shop-b:a+b", Escapes.decode("path", "/api/v1/product/shop-b%3Aa+b"));
    }

    @Test
    void refusesMalformedEscapesAndBytesThatAreNotUtf8() {
        for (String raw : List.of("after=%zz", "after=%", "after=%4", "x=%C3", "x=%FF%FE")) {
            assertThrows(Escapes.MalformedException.class, () -> Escapes.query(raw), raw);
        }
        assertThrows(Escapes.MalformedException.class, () -> Escapes.decode("path", "/api/%g0"));
    }
}
