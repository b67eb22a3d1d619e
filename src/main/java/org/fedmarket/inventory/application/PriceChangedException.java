package org.fedmarket.inventory.application;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.fedmarket.platform.problem.DomainException;

import java.math.BigDecimal;
import java.util.Map;

/** The agreed unit price is no longer the product's price (409); the problem carries the current one. */
public class PriceChangedException extends DomainException {

    private final BigDecimal current;

    public PriceChangedException(String productId, BigDecimal agreed, BigDecimal current) {
        super("price-changed", "Price changed", 409, productId + " costs " + current + " USD now, not " + agreed);
        this.current = current;
    }

    @Override
    public Map<String, JsonValue> extensions() {
        return Map.of("price", Json.createValue(current));
    }
}
