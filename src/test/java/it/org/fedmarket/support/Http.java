package it.org.fedmarket.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for tests against a running node: relative paths, optional Basic login,
 * no redirects followed (tests assert on them), answers as {@link Reply}.
 */
public final class Http {

    /**
     * HTTP/1.1, as browsers speak on plain http: the JDK client's default h2c upgrade of an authenticated request for a
     * welcome page (/admin/) is never answered by Liberty, so a test would hang or not depending on whether an earlier
     * test had already upgraded the shared connection.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .sslContext(TrustingTls.CONTEXT)
            .build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private Http(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.headers = Map.copyOf(headers);
    }

    public static Http to(String baseUrl) {
        return new Http(baseUrl, Map.of());
    }

    /** The integration-test server that the build starts (all modules on). */
    public static Http itServer() {
        return to(System.getProperty("fedmarket.it.baseUrl", "http://localhost:19080"));
    }

    /** The build's server's /metrics, read as the scrape account over HTTPS. */
    public static Reply itServerMetrics(String query) {
        return to(System.getProperty("fedmarket.it.httpsUrl", "https://localhost:19443"))
                .as(Cluster.METRICS_USER, Cluster.METRICS_PASSWORD).get("/metrics" + query).assertStatus(200);
    }

    public Http as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return header("Authorization", "Basic " + token);
    }

    /** The administrator every test node is created with, the build's server included. */
    public Http asAdmin() {
        return as(Cluster.ADMIN_USER, Cluster.ADMIN_PASSWORD);
    }

    public Http header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(baseUrl, more);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    /** A GET whose answer is kept as the bytes that came (a compressed one stays compressed). */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + baseUrl + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
