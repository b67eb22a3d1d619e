package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchRequestTest {

    @Test
    void wordsAreSortedByRelevanceAndNoWordsByNewest() {
        assertEquals(Sort.RELEVANCE, SearchRequest.of("wool socks", null, null, null, null, null, null, null).sort());
        assertEquals(Sort.NEWEST, SearchRequest.of("", null, null, null, null, null, null, null).sort());
        assertEquals(Sort.NEWEST, SearchRequest.of("!!", null, null, null, null, "relevance", null, null).sort(),
                "nothing to be relevant to");
        assertEquals(Sort.PRICE_DESC, SearchRequest.of("socks", null, null, null, null, "price-desc", null, null).sort());
    }

    @Test
    void facetsAndPageAreReadStrictly() {
        SearchRequest r = SearchRequest.of(" socks ", List.of("shop-b"), "10", "24.99", List.of("in-stock"), null, null, "12");
        assertEquals("socks", r.text());
        assertEquals(new BigDecimal("24.99"), r.maxPrice());
        assertEquals(12, r.limit());
        assertEquals(SearchRequest.DEFAULT_LIMIT, SearchRequest.of("x", null, null, null, null, null, null, null).limit());
    }

    @Test
    void everyBrokenRuleIsNamed() {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> SearchRequest.of("a\u0000b",
                List.of("Shop B"), "-1", "1e3", List.of("maybe"), "cheapest", "garbage", "0"));
        assertEquals(List.of("availability", "limit", "maxPrice", "minPrice", "q", "seller", "sort"),
                e.violations().stream().map(InvalidFieldsException.Violation::field).distinct().sorted().toList());
        InvalidFieldsException cursor = assertThrows(InvalidFieldsException.class,
                () -> SearchRequest.of("x", null, null, null, null, "newest", "garbage", null));
        assertEquals("cursor", cursor.violations().get(0).field());
    }

    @Test
    void limitsHold() {
        assertThrows(InvalidFieldsException.class, () -> SearchRequest.of("x".repeat(SearchRequest.MAX_TEXT + 1), null, null, null, null, null, null, null));
        assertThrows(InvalidFieldsException.class, () -> SearchRequest.of("x", null, "20", "10", null, null, null, null), "min above max");
        assertThrows(InvalidFieldsException.class, () -> SearchRequest.of("x", null, "99999999999999", null, null, null, null, null));
        assertThrows(InvalidFieldsException.class, () -> SearchRequest.of("x", null, null, null, null, null, null, "49"));
        assertThrows(InvalidFieldsException.class, () -> SearchRequest.of("x", null, null, null, null, null, null, "1.5"));
        assertEquals(SearchRequest.MAX_WORDS, SearchRequest.of("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10", null, null, null, null, null, null, null)
                .words().size());
    }
}
