package org.fedmarket.devtools;

import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.NodeSpec;
import it.org.fedmarket.support.SpanSink;
import it.org.fedmarket.support.TestShop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * request is a full signature check (the worst case). The cost of tracing: {@code signed} again
 * against a second node with OpenTelemetry switched off ({@code untraced}), a third that exports every
 * span to a collector ({@code exported}), and a fourth without tracing and without Liberty's request
 * statistics ({@code bare}); the nodes are alike otherwise.
 * Run with {@code mvn -Pbenchmark}.
 */
public final class PartnerCallBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 6000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PartnerCallBenchmark() {
    }

    private static final List<String> SHOPS = List.of("bench-shop", "bench-shop-untraced", "bench-shop-exported", "bench-shop-bare");

    public static void main(String[] args) throws Exception {
        try (SpanSink collector = new SpanSink()) {
            Cluster cluster = Cluster.of(hub("bench-hub"), measured(shop(SHOPS.get(0), "bench-hub")),
                    measured(shop(SHOPS.get(1), "bench-hub")).env("OTEL_SDK_DISABLED", "true"),
                    collector.exportFrom(measured(shop(SHOPS.get(2), "bench-hub"))),
                    // no tracing, and Liberty's request statistics (REST and servlet timers) not collected
                    measured(shop(SHOPS.get(3), "bench-hub")).env("OTEL_SDK_DISABLED", "true")
                            .configOverride("monitor", "<server><monitor filter=\"JVM\"/></server>"));
            cluster.start();
            try (TestShop caller = new TestShop("bench-caller")) {
                run(cluster, caller, collector, Path.of(args.length > 0 ? args[0] : "target/benchmark"));
            } finally {
                cluster.stopAll();
            }
        }
    }

    private static NodeSpec measured(NodeSpec shop) {
        return shop.env("FEDMARKET_SAMPLE_CATALOGUE", "true")
                .env("FEDMARKET_INVENTORY_OPEN_CATALOGUE", "true")
                .env("FEDMARKET_RATE_LIMITS_CATALOGUE", "1000000000/PT1M") // measured, not refused
                .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S");
    }

    /** Where a mode sends its requests (a node, and the URL there), and the token of request i (null: none). */
    private record Mode(Node node, String url, IntFunction<String> token) {
    }

    /** One round of a mode: requests per second, and the serving node's CPU time per request. */
    private record Round(double perSecond, double cpuMicrosPerRequest) {
    }

    private static void run(Cluster cluster, TestShop caller, SpanSink collector, Path out) throws Exception {
        Node hub = cluster.node("bench-hub");
        BenchFederation.join(hub, caller);
        for (String shop : SHOPS) {
            BenchFederation.join(hub, cluster.node(shop));
            BenchFederation.grant(cluster.node(shop), caller, List.of("share-inventory"));
        }
        String path = "/api/v1/products";
        Node shop = cluster.node(SHOPS.get(0));
        String url = shop.baseUrl() + path;
        TokenSource reused = new TokenSource(caller, SHOPS.get(0));
        List<String> fresh = new ArrayList<>();
        Map<String, Mode> modes = new java.util.LinkedHashMap<>();
        modes.put("anonymous", new Mode(shop, url, i -> null));
        modes.put("signed", new Mode(shop, url, i -> reused.current()));
        modes.put("signed-fresh", new Mode(shop, url, fresh::get)); // filled anew before each round: tokens live a minute
        for (int s = 1; s < SHOPS.size(); s++) {
            Node other = cluster.node(SHOPS.get(s));
            TokenSource tokens = new TokenSource(caller, other.name());
            modes.put(other.name().substring("bench-shop-".length()), new Mode(other, other.baseUrl() + path, i -> tokens.current()));
        }

        // warm-up, and a check that every mode is served: every mode as many rounds, so that each node's JIT (the full
        // one, as in production) has compiled the same paths before anything is measured
        for (int w = 0; w < WARMUPS; w++) {
            for (var mode : modes.entrySet()) {
                prepare(mode.getKey(), fresh, reused);
                round(mode.getValue());
            }
        }
        refusesForgedTokens(shop, url);
        Map<String, List<Double>> results = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();
        modes.keySet().forEach(m -> results.put(m, new ArrayList<>()));
        modes.keySet().forEach(m -> cpu.put(m, new ArrayList<>()));
        for (int r = 0; r < ROUNDS; r++) {
            for (var mode : modes.entrySet()) {
                prepare(mode.getKey(), fresh, reused);
                Round round = round(mode.getValue());
                results.get(mode.getKey()).add(round.perSecond());
                cpu.get(mode.getKey()).add(round.cpuMicrosPerRequest());
                System.out.printf(Locale.ROOT, "round %d %-13s %8.0f req/s %8.0f µs CPU/request%n", r + 1, mode.getKey(),
                        round.perSecond(), round.cpuMicrosPerRequest());
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
        report.append("The serving node's CPU time per request (median of the rounds):\n");
        cpu.forEach((mode, rounds) -> report.append(String.format(Locale.ROOT, "  %-13s %8.0f µs%n", mode, median(rounds))));
        report.append("Signed calls against nodes alike but for tracing and metrics (bare: no tracing, no request statistics),\n"
                + "CPU per request relative to the baseline (throughput relative to it in brackets):\n");
        compare(report, cpu, results, "signed", "untraced", "spans made (not exported) vs tracing off");
        compare(report, cpu, results, "exported", "untraced", "spans exported vs tracing off");
        compare(report, cpu, results, "untraced", "bare", "request statistics vs none (tracing off)");
        compare(report, cpu, results, "signed", "bare", "default node (metrics, spans made) vs bare");
        compare(report, cpu, results, "exported", "bare", "metrics and spans exported vs bare");
        Thread.sleep(1000); // the last batch of spans
        report.append(String.format(Locale.ROOT, "  spans the collector received: %s%n", collector.countByService()));
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("partner-calls.txt"), report);
    }

    /** Ratios of medians and medians of per-round ratios, of CPU per request and of throughput. */
    private static void compare(StringBuilder report, Map<String, List<Double>> cpu, Map<String, List<Double>> throughput,
                                String mode, String baseline, String what) {
        report.append(String.format(Locale.ROOT, "  %-50s CPU %6.1f %% (paired %6.1f %%)   [throughput %6.1f %% (paired %6.1f %%)]%n", what,
                100 * median(cpu.get(mode)) / median(cpu.get(baseline)), 100 * pairedRatio(cpu, mode, baseline),
                100 * median(throughput.get(mode)) / median(throughput.get(baseline)), 100 * pairedRatio(throughput, mode, baseline)));
    }

    private static double pairedRatio(Map<String, List<Double>> values, String mode, String baseline) {
        return median(IntStream.range(0, ROUNDS).mapToObj(r -> values.get(mode).get(r) / values.get(baseline).get(r)).toList());
    }

    /**
     * The control: the measured node refuses a token signed with a key it does not know, and one naming another shop, so
     * a node that served calls without checking their tokens could not pass as a fast one.
     */
    private static void refusesForgedTokens(Node shop, String url) throws Exception {
        var stranger = TestShop.generate();
        for (String issuer : List.of("bench-caller", "bench-nobody")) {
            String forged = TestShop.sign("fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer(issuer).audience(shop.name()), stranger);
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "FedmarketCall " + forged).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 401) {
                throw new IllegalStateException("a forged token (iss " + issuer + ") got HTTP " + status + ", not 401");
            }
        }
    }

    /** Signs the tokens of a signed-fresh round right before it (not timed). */
    private static void prepare(String mode, List<String> fresh, TokenSource source) {
        if (mode.equals("signed-fresh")) {
            fresh.clear();
            fresh.addAll(IntStream.range(0, REQUESTS).parallel().mapToObj(i -> source.freshToken()).toList());
        }
    }

    /** Sends {@link #REQUESTS} requests from {@link #THREADS} threads; all must answer 200. */
    private static Round round(Mode mode) throws Exception {
        long cpuBefore = mode.node().cpuNanos();
        double perSecond = Load.perSecond(HTTP, THREADS, REQUESTS, i -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mode.url())).GET();
            String token = mode.token().apply(i);
            if (token != null) {
                request.header("Authorization", "FedmarketCall " + token);
            }
            return request.build();
        }, status -> status == 200);
        return new Round(perSecond, (mode.node().cpuNanos() - cpuBefore) / 1e3 / REQUESTS);
    }

    private static double median(List<Double> values) {
        return Load.median(values);
    }

    /** Tokens as a partner makes them: one for reads, renewed ten seconds before it expires. */
    private static final class TokenSource {
        private final TestShop caller;
        private final String audience;
        private volatile String token;
        private volatile Instant renewAt = Instant.EPOCH;

        TokenSource(TestShop caller, String audience) {
            this.caller = caller;
            this.audience = audience;
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
            return TestShop.sign("fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer("bench-caller").audience(audience),
                    caller.key());
        }
    }
}
