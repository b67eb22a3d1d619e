package org.fedmarket.inventory.application;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.fedmarket.platform.problem.DomainException;

import java.util.Map;

/** Fewer units are available than asked for (409); the problem says how many there are. */
public class NotEnoughStockException extends DomainException {

    private final String productId;
    private final int asked;
    private final int available;

    public NotEnoughStockException(String productId, int asked, int available) {
        super("not-enough-stock", "Not enough stock", 409,
                "Asked for " + asked + " of " + productId + ", " + available + " available");
        this.productId = productId;
        this.asked = asked;
        this.available = available;
    }

    /** The product as the caller named it. */
    public String productId() {
        return productId;
    }

    public int asked() {
        return asked;
    }

    public int available() {
        return available;
    }

    @Override
    public Map<String, JsonValue> extensions() {
        return Map.of("available", Json.createValue(available));
    }
}
