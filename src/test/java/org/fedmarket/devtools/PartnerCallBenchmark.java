package org.fedmarket.devtools;

import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.TestShop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;

/**
 * Throughput of a partner endpoint ({@code GET /api/v1/products} on a real node) with signed partner
 * calls against the same endpoint without a token (the shop opened its catalogue), in one run:
 * rounds alternate the modes, each round sends the same number of requests from the same threads.
 * Modes: {@code anonymous}; {@code signed} — one token reused until shortly before it expires, as a
 * partner reading a catalogue does; {@code signed-fresh} — a new token on every request, so every
 * request is a full signature check (the worst case). Run with {@code mvn -Pbenchmark}.
 */
public final class PartnerCallBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 6000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PartnerCallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Cluster cluster = Cluster.of(hub("bench-hub"),
                shop("bench-shop", "bench-hub").env("FEDMARKET_SAMPLE_CATALOGUE", "true")
                        .env("FEDMARKET_INVENTORY_OPEN_CATALOGUE", "true")
                        .env("FEDMARKET_RATE_LIMITS_CATALOGUE", "1000000000/PT1M") // measured, not refused
                        .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"));
        cluster.start();
        try (TestShop caller = new TestShop("bench-caller")) {
            run(cluster.node("bench-hub"), cluster.node("bench-shop"), caller, Path.of(args.length > 0 ? args[0] : "target/benchmark"));
        } finally {
            cluster.stopAll();
        }
    }

    private static void run(Node hub, Node shop, TestShop caller, Path out) throws Exception {
        BenchFederation.partner(hub, shop, caller, List.of("share-inventory"));

        String url = shop.baseUrl() + "/api/v1/products";
        IntFunction<String> anonymous = i -> null;
        TokenSource reused = new TokenSource(caller);
        List<String> fresh = new ArrayList<>();
        IntFunction<String> signedFresh = fresh::get; // filled anew before each round: tokens live a minute
        Map<String, IntFunction<String>> modes = new java.util.LinkedHashMap<>();
        modes.put("anonymous", anonymous);
        modes.put("signed", i -> reused.current());
        modes.put("signed-fresh", signedFresh);

        for (var mode : modes.entrySet()) { // warm-up, and a check that every mode is served
            prepare(mode.getKey(), fresh, reused);
            round(url, mode.getValue());
        }
        Map<String, List<Double>> results = new java.util.LinkedHashMap<>();
        modes.keySet().forEach(m -> results.put(m, new ArrayList<>()));
        for (int r = 0; r < ROUNDS; r++) {
            for (var mode : modes.entrySet()) {
                prepare(mode.getKey(), fresh, reused);
                double perSecond = round(url, mode.getValue());
                results.get(mode.getKey()).add(perSecond);
                System.out.printf(Locale.ROOT, "round %d %-13s %8.0f req/s%n", r + 1, mode.getKey(), perSecond);
            }
        }
        double base = median(results.get("anonymous"));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "GET /api/v1/products, %d threads, %d requests per round, %d rounds (medians):%n", THREADS, REQUESTS, ROUNDS));
        List<Double> anonymousRounds = results.get("anonymous");
        for (var result : results.entrySet()) {
            double median = median(result.getValue());
            List<Double> paired = IntStream.range(0, ROUNDS)
                    .mapToObj(r -> result.getValue().get(r) / anonymousRounds.get(r)).toList();
            report.append(String.format(Locale.ROOT, "  %-13s %8.0f req/s  %6.1f %% of anonymous (median of the per-round ratios: %5.1f %%)%n",
                    result.getKey(), median, 100 * median / base, 100 * median(paired)));
        }
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("partner-calls.txt"), report);
    }

    /** Signs the tokens of a signed-fresh round right before it (not timed). */
    private static void prepare(String mode, List<String> fresh, TokenSource source) {
        if (mode.equals("signed-fresh")) {
            fresh.clear();
            fresh.addAll(IntStream.range(0, REQUESTS).parallel().mapToObj(i -> source.freshToken()).toList());
        }
    }

    /** Sends {@link #REQUESTS} requests from {@link #THREADS} threads; all must answer 200. */
    private static double round(String url, IntFunction<String> token) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < REQUESTS) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
                    String t1 = token.apply(i);
                    if (t1 != null) {
                        request.header("Authorization", "FedmarketCall " + t1);
                    }
                    try {
                        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.add("HTTP " + response.statusCode() + ": " + new String(response.body()));
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " requests failed, e.g. " + failures.peek());
        }
        return REQUESTS / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Tokens as a partner makes them: one for reads, renewed ten seconds before it expires. */
    private static final class TokenSource {
        private final TestShop caller;
        private volatile String token;
        private volatile Instant renewAt = Instant.EPOCH;

        TokenSource(TestShop caller) {
            this.caller = caller;
        }

        String current() {
            if (Instant.now().isAfter(renewAt)) {
                synchronized (this) {
                    if (Instant.now().isAfter(renewAt)) {
                        token = freshToken();
                        renewAt = Instant.now().plusSeconds(50);
                    }
                }
            }
            return token;
        }

        String freshToken() {
            return TestShop.sign("fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer("bench-caller").audience("bench-shop"),
                    caller.key());
        }
    }
}
