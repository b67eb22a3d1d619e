package org.fedmarket.platform.input;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.fedmarket.platform.problem.DomainException;

import java.util.Map;

/** A request body over its limit (413); nothing of it was read beyond the limit. */
public class BodyTooLargeException extends DomainException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("body-too-large", "Content Too Large", 413, "The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    @Override
    public Map<String, JsonValue> extensions() {
        return Map.of("limit", Json.createValue(limit));
    }
}
