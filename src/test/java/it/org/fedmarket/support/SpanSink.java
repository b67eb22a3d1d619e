package it.org.fedmarket.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector for tests: takes the spans nodes export in Zipkin's JSON v2 format
 * ({@code POST /api/v2/spans}), so a test can read what each node recorded of a trace.
 * Nodes export here with {@link #exportFrom(NodeSpec)}.
 */
public final class SpanSink implements AutoCloseable {

    /** One span as a node reported it. */
    public record Span(String service, String traceId, String id, String parentId, String kind, String name, JsonObject tags) {

        public String tag(String key) {
            return tags == null ? null : tags.getString(key, null);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Span> spans = new CopyOnWriteArrayList<>();

    public SpanSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.free()), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v2/spans", this::receive);
        server.setExecutor(threads);
        server.start();
    }

    /** Makes {@code node} send every span here, within a fraction of a second. */
    public NodeSpec exportFrom(NodeSpec node) {
        return node.env("OTEL_TRACES_EXPORTER", "zipkin")
                .env("OTEL_EXPORTER_ZIPKIN_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/spans")
                .env("OTEL_BSP_SCHEDULE_DELAY", "200");
    }

    /** The spans received so far of trace {@code traceId}. */
    public List<Span> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** How many spans each service sent. */
    public java.util.Map<String, Long> countByService() {
        return spans.stream().collect(java.util.stream.Collectors.groupingBy(s -> String.valueOf(s.service()), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream raw = exchange.getRequestBody()) {
            byte[] body = raw.readAllBytes();
            InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(new ByteArrayInputStream(body)) : new ByteArrayInputStream(body);
            try (JsonReader reader = Json.createReader(in)) {
                for (JsonValue value : reader.readArray()) {
                    JsonObject span = value.asJsonObject();
                    JsonObject endpoint = span.getJsonObject("localEndpoint");
                    spans.add(new Span(endpoint == null ? null : endpoint.getString("serviceName", null), span.getString("traceId"),
                            span.getString("id"), span.getString("parentId", null), span.getString("kind", null),
                            span.getString("name", ""), span.getJsonObject("tags")));
                }
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
