package org.fedmarket.platform.ratelimit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.fedmarket.platform.problem.DomainException;

import java.util.Map;

/** The caller spent its bucket for this limit (429); it may call again after {@code retryAfterSeconds}. */
public class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;
    private final String limit;

    public RateLimitedException(String limit, String subject, long retryAfterSeconds) {
        super("rate-limited", "Too Many Requests", 429, "Limit '" + limit + "' is spent for " + subject + "; try again in "
                + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
        this.limit = limit;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }

    @Override
    public Map<String, JsonValue> extensions() {
        return Map.of("limit", Json.createValue(limit), "retryAfter", Json.createValue(retryAfterSeconds));
    }
}
