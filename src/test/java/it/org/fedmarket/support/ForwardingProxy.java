package it.org.fedmarket.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An HTTP hop in front of a node, for faults a real network has: it can forward a request and then
 * drop the answer, as a partner does that receives an order and times out before replying.
 */
public final class ForwardingProxy implements AutoCloseable {

    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade",
            "keep-alive", "expect");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Supplier<String> target;
    private final AtomicInteger answersToDrop = new AtomicInteger();
    private volatile String dropFor = "";
    private final AtomicInteger dropped = new AtomicInteger();

    /** Forwards to the base URL {@code target} gives at the time of each request. */
    public ForwardingProxy(Supplier<String> target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::forward);
        server.start();
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The next {@code count} requests for {@code methodAndPath} (e.g. "POST /api/v1/order") reach the node; their answers are lost. */
    public void dropAnswers(String methodAndPath, int count) {
        dropFor = methodAndPath;
        answersToDrop.set(count);
    }

    /** Answers dropped so far. */
    public int dropped() {
        return dropped.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            URI uri = URI.create(target.get() + exchange.getRequestURI().toString());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            if (call.equals(dropFor) && answersToDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                dropped.incrementAndGet();
                return; // the node did the work; the caller never hears of it (the connection closes without an answer)
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            int status = response.statusCode();
            byte[] answer = response.body();
            exchange.sendResponseHeaders(status, status == 204 || status == 304 || answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0 && status != 204 && status != 304) {
                exchange.getResponseBody().write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
