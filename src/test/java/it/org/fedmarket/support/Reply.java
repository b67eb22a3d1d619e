package it.org.fedmarket.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.http.HttpHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An HTTP answer with the assertions tests make again and again. */
public record Reply(int status, HttpHeaders headers, String body) {

    /** An answer read some other way than through {@link Http} (e.g. {@link RawHttp}). */
    public static Reply of(int status, String contentType, String body) {
        return new Reply(status, HttpHeaders.of(contentType == null ? java.util.Map.of()
                : java.util.Map.of("Content-Type", java.util.List.of(contentType)), (name, value) -> true), body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public JsonObject json() {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray jsonArray() {
        assertTrue(body.startsWith("["), () -> "a JSON array, not HTTP " + status + " " + body);
        return Json.createReader(new StringReader(body)).readArray();
    }

    /** Asserts an RFC 9457 problem with this status, and that no internals leak; returns the problem. */
    public JsonObject assertProblem(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status, body: " + body);
        assertTrue(contentType() != null && contentType().startsWith("application/problem+json"),
                () -> "content type was " + contentType() + ", body: " + body);
        JsonObject problem = json();
        assertEquals(expectedStatus, problem.getInt("status"), "status member");
        assertTrue(problem.containsKey("type") && problem.containsKey("title"), "type and title members");
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"),
                () -> "internals leaked: " + body);
        return problem;
    }

    public Reply assertStatus(int expected) {
        assertEquals(expected, status, () -> "status, body: " + body);
        return this;
    }
}
