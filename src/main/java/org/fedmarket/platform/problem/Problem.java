package org.fedmarket.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

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

    /** The answer to a request without (valid) login: 401 with the Basic challenge of the REST API. */
    public static Response unauthorized(String detail, String instance) {
        return ofStatus(401, detail, instance).toResponse()
                .header("WWW-Authenticate", "Basic realm=\"fedmarket\", charset=\"UTF-8\"").build();
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString());
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }
}
