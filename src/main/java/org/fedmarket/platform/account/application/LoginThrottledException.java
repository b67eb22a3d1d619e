package org.fedmarket.platform.account.application;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.fedmarket.platform.problem.DomainException;

import java.util.Map;

/** Too many failed sign-ins from this address or for this account (429); checked again after the wait. */
public class LoginThrottledException extends DomainException {

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("login-throttled", "Too Many Requests", 429,
                "Too many failed sign-ins; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }

    @Override
    public Map<String, JsonValue> extensions() {
        return Map.of("retryAfter", Json.createValue(retryAfterSeconds));
    }
}
