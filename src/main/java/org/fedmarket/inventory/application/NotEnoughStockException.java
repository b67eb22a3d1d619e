package org.fedmarket.inventory.application;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.fedmarket.platform.problem.DomainException;

import java.util.Map;

/** Fewer units are available than asked for (409); the problem says how many there are. */
public class NotEnoughStockException extends DomainException {

    private final int available;

    public NotEnoughStockException(String productId, int asked, int available) {
        super("not-enough-stock", "Not enough stock", 409,
                "Asked for " + asked + " of " + productId + ", " + available + " available");
        this.available = available;
    }

    public int available() {
        return available;
    }

    @Override
    public Map<String, JsonValue> extensions() {
        return Map.of("available", Json.createValue(available));
    }
}
