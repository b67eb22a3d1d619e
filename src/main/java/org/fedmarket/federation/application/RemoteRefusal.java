package org.fedmarket.federation.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

/**
 * Another node answered with an error: its status, its problem type (without the URN prefix; null when it gave none of
 * fedmarket's), its detail and how long it asked to wait. Not an answer of this node: callers turn it into one.
 */
public class RemoteRefusal extends RuntimeException {

    private static final String PREFIX = "urn:fedmarket:problem:";

    private final int status;
    private final String type;
    private final String detail;
    private final Duration retryAfter;

    RemoteRefusal(int status, String type, String detail, Duration retryAfter) {
        super(detail == null ? "answered HTTP " + status : detail, null, false, false);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    /** Reads the answer's problem+json body and Retry-After (seconds); what it cannot read it leaves out. */
    static RemoteRefusal of(int status, String body, String retryAfter) {
        Duration wait = null;
        if (retryAfter != null && retryAfter.trim().matches("[0-9]{1,6}")) {
            wait = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        String type = null;
        String detail = null;
        if (body != null) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonObject problem = reader.readObject();
                String named = problem.getString("type", "");
                type = named.startsWith(PREFIX) ? named.substring(PREFIX.length()) : null;
                detail = problem.getString("detail", null);
            } catch (RuntimeException unreadable) {
                // keep the status-only description
            }
        }
        return new RemoteRefusal(status, type, detail, wait);
    }

    public int status() {
        return status;
    }

    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** The other node's own words, if its answer had any. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
