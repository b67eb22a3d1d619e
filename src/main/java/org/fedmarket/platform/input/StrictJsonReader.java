package org.fedmarket.platform.input;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Reads every JSON request body the application binds to its own types: at most the body limit, parsed, checked
 * by {@link StrictJson} against the target type, and only then bound with JSON-B — which therefore never has to
 * coerce. Replaces the JSON-B provider's lenient binding ({@code "5"} → 5, 1.9 → 1, 2<sup>32</sup>+1 → 1).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** The default limit of a JSON body, in bytes; {@link BodyLimit} raises it for one parameter. */
    public static final String MAX_BYTES_KEY = "fedmarket.http.max-json-bytes";

    private final int defaultLimit = ConfigProvider.getConfig().getValue(MAX_BYTES_KEY, Integer.class);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException, WebApplicationException {
        byte[] body = read(entity, limit(annotations));
        if (body.length == 0) {
            return null;
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            json = reader.readValue();
        }
        return StrictJson.bind(json, genericType);
    }

    private int limit(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof BodyLimit limit) {
                return limit.bytes();
            }
        }
        return defaultLimit;
    }

    static byte[] read(InputStream entity, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = entity.read(buffer)) != -1; ) {
            if (body.size() + n > limit) {
                throw new BodyTooLargeException(limit);
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }
}
