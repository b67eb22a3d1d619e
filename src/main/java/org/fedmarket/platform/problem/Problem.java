package org.fedmarket.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is {@code about:blank} for plain HTTP errors and
 * {@code urn:fedmarket:problem:<slug>} for fedmarket's own problem types.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      Map<String, JsonValue> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:fedmarket:problem:";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    /** A plain HTTP error, titled with the status's reason phrase. */
    public static Problem ofStatus(int status, String detail, String instance) {
        return new Problem("about:blank", reasonPhrase(status), status, detail, instance, Map.of());
    }

    /** What an unknown route answers, and so also every route of a module that is off. */
    public static Problem noResource(String instance) {
        return ofStatus(404, "No resource at " + instance, instance);
    }

    /** One of fedmarket's own problem types. */
    public static Problem ofType(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, Map.of());
    }

    public Problem with(String member, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, more);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        extensions.forEach(json::add);
        return json.build();
    }

    /** RFC 9110's reason phrase of the statuses this node answers with; a title for plain HTTP errors. */
    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
