package org.fedmarket.platform.market.domain;

import jakarta.json.JsonObject;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An event of the log: {@code type} {@code market-situation} or {@code sale}; {@code cursor} resumes the
 * feed right after it; {@code data} is the situation ({@code trigger}, {@code offers}) or the sale.
 */
public record MarketEvent(long id, String cursor, String type, OffsetDateTime at, String product, List<String> parties,
                          JsonObject data) {

    public static final String MARKET_SITUATION = "market-situation";
    public static final String SALE = "sale";
}
