package org.fedmarket.federation.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.fedmarket.platform.problem.DomainException;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

/**
 * The Hub refused a call with a problem: its type, status and detail are passed on to this node's
 * caller (the administrator), so "invitation already used" reads the same on both ends.
 */
public class HubRefusedException extends DomainException {

    private static final String PREFIX = "urn:fedmarket:problem:";

    private final String slug;
    private final Duration retryAfter;

    private HubRefusedException(String slug, int status, String detail, Duration retryAfter) {
        super(slug, "Refused by the Hub", status, detail);
        this.slug = slug;
        this.retryAfter = retryAfter;
    }

    /** How long the other node asked to wait (its Retry-After, in seconds), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The Hub's problem type without its URN prefix, e.g. {@code invitation-used}. */
    public String slug() {
        return slug;
    }

    static HubRefusedException of(int status, String body, String retryAfter) {
        Duration wait = null;
        if (retryAfter != null && retryAfter.trim().matches("[0-9]{1,6}")) {
            wait = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        String slug = "hub-refused";
        String detail = "The Hub answered HTTP " + status;
        try {
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            String type = problem.getString("type", "");
            if (type.startsWith(PREFIX)) {
                slug = type.substring(PREFIX.length());
            }
            detail = problem.getString("detail", detail);
        } catch (RuntimeException unreadable) {
            // keep the status-only description
        }
        return new HubRefusedException(slug, status >= 500 ? 502 : status, detail, wait);
    }
}
