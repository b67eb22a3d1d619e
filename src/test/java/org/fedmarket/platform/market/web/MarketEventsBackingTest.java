package org.fedmarket.platform.market.web;

import jakarta.json.Json;
import org.fedmarket.platform.market.domain.MarketEvent;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the events page words an event. */
class MarketEventsBackingTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T17:00:00Z");

    @Test
    void aSituationListsEveryOfferWithPriceStockAndState() {
        var data = Json.createObjectBuilder().add("trigger", "paused").add("merchant", "shop-a").add("sku", "scarf")
                .add("offers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("offerId", "shop-a:scarf").add("seller", "shop-a").add("price", 19.5)
                                .add("currency", "EUR").add("stock", 3).add("availability", "low-stock").add("active", false))
                        .add(Json.createObjectBuilder().add("offerId", "shop-b:scarf").add("seller", "shop-b").add("price", 24.99)
                                .add("currency", "USD").addNull("stock").add("availability", "in-stock").add("active", true)))
                .build();
        var line = MarketEventsBacking.line(new MarketEvent(7, "100-7", MarketEvent.MARKET_SITUATION, AT, "scarf",
                List.of("shop-a", "shop-b"), data));
        assertEquals("paused by shop-a — shop-a:scarf 19.5 EUR ×3 (low-stock, paused); shop-b:scarf 24.99 USD (in-stock)", line.summary());
        assertEquals("shop-a, shop-b", line.parties());
    }

    @Test
    void aRefusedSaleSaysWhatWasLeft() {
        var data = Json.createObjectBuilder().add("outcome", "out-of-stock").add("offerId", "shop-b:last").add("buyer", "shop-t")
                .add("quantity", 2).add("price", 5.5).add("currency", "USD").add("leftInStock", 1).build();
        assertEquals("out-of-stock: 2 × 5.5 USD of shop-b:last to shop-t, 1 left",
                MarketEventsBacking.line(new MarketEvent(8, "101-8", MarketEvent.SALE, AT, "last", List.of("shop-b", "shop-t"), data)).summary());
    }

    @Test
    void anEventWithoutTheUsualFieldsStillShows() {
        assertEquals("?: ? × — of ? to ?", MarketEventsBacking.line(new MarketEvent(9, "102-9", MarketEvent.SALE, AT, "x", List.of("shop-a"),
                Json.createObjectBuilder().build())).summary());
        assertEquals("? by ? — no offers", MarketEventsBacking.line(new MarketEvent(10, "103-10", MarketEvent.MARKET_SITUATION, AT, "x",
                List.of("shop-a"), Json.createObjectBuilder().build())).summary());
    }
}
