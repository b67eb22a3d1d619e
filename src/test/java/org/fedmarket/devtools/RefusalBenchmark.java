package org.fedmarket.devtools;

import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.TestShop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;

/**
 * What a partner flooding a shop beyond its limits costs the shop: the serving node's CPU time per refused call,
 * against the floor the server itself sets ({@code GET /health/live}) in the same run. Modes: {@code live}; {@code
 * no-token} (a hold without Authorization, 401); {@code forged} (a hold with a token of a shop that is no member, signed
 * by a key the shop does not know, 401); {@code refused-hold} (fresh, valid, bound hold tokens from a partner whose hold limit is spent, 429);
 * {@code refused-poll} (a valid read token reused, catalogue limit spent, 429). Rounds alternate the modes.
 * Run with {@code mvn -Prefusal-benchmark}.
 */
public final class RefusalBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final String SHOP = "refusing-shop";
    private static final String EMPTY_BODY_HASH = "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RefusalBenchmark() {
    }

    private record Mode(IntFunction<HttpRequest> request, IntPredicate expected) {
    }

    public static void main(String[] args) throws Exception {
        Cluster cluster = Cluster.of(hub("refusal-hub"), shop(SHOP, "refusal-hub")
                .env("FEDMARKET_SAMPLE_CATALOGUE", "true")
                .env("FEDMARKET_RATE_LIMITS_HOLDS", "1/PT24H")
                .env("FEDMARKET_RATE_LIMITS_CATALOGUE", "1/PT24H")
                .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"));
        cluster.start();
        try (TestShop flooder = new TestShop("flooder")) {
            run(cluster.node("refusal-hub"), cluster.node(SHOP), flooder, Path.of(args.length > 0 ? args[0] : "target/benchmark"));
        } finally {
            cluster.stopAll();
        }
    }

    private static void run(Node hub, Node shop, TestShop flooder, Path out) throws Exception {
        BenchFederation.partner(hub, shop, flooder, List.of("share-inventory", "sell"));
        String sku = shop.http().asAdmin().get("/api/inventory/products").jsonArray().getJsonObject(0).getString("sku");
        String holdPath = "/api/v1/product/" + SHOP + ":" + sku + "?quantity=1&reference=";
        var stranger = TestShop.generate();
        List<String> fresh = new ArrayList<>();
        String[] readToken = {null};

        Map<String, Mode> modes = new LinkedHashMap<>();
        modes.put("live", new Mode(i -> get(shop, "/health/live", null), s -> s == 200));
        modes.put("no-token", new Mode(i -> get(shop, holdPath + "n" + i, null), s -> s == 401));
        List<String> forged = IntStream.range(0, REQUESTS).parallel()
                .mapToObj(i -> holdToken("not-a-member", holdPath + "f" + i, stranger)).toList();
        modes.put("forged", new Mode(i -> get(shop, holdPath + "f" + i, forged.get(i)), s -> s == 401));
        modes.put("refused-hold", new Mode(i -> get(shop, holdPath + "r" + i, fresh.get(i)), s -> s == 429));
        modes.put("refused-poll", new Mode(i -> get(shop, "/api/v1/products", readToken[0]), s -> s == 429));

        // spend both limits (one call each), so every measured call is refused
        HTTP.send(get(shop, holdPath + "first", holdToken(flooder.shopId(), holdPath + "first", flooder.key())),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        HTTP.send(get(shop, "/api/v1/products", "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                new JWTClaimsSet.Builder().issuer(flooder.shopId()).audience(SHOP), flooder.key())),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> rate = new LinkedHashMap<>();
        for (int r = -1; r < ROUNDS; r++) { // round -1 warms up and is not reported
            for (var mode : modes.entrySet()) {
                if (mode.getKey().equals("refused-hold")) { // tokens work once: new ones every round, signed before it
                    fresh.clear();
                    fresh.addAll(IntStream.range(0, REQUESTS).parallel()
                            .mapToObj(i -> holdToken(flooder.shopId(), holdPath + "r" + i, flooder.key())).toList());
                }
                readToken[0] = "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                        new JWTClaimsSet.Builder().issuer(flooder.shopId()).audience(SHOP), flooder.key());
                long before = shop.cpuNanos();
                double perSecond = Load.perSecond(HTTP, THREADS, REQUESTS, mode.getValue().request(), mode.getValue().expected());
                double micros = (shop.cpuNanos() - before) / 1e3 / REQUESTS;
                if (r >= 0) {
                    cpu.computeIfAbsent(mode.getKey(), k -> new ArrayList<>()).add(micros);
                    rate.computeIfAbsent(mode.getKey(), k -> new ArrayList<>()).add(perSecond);
                    System.out.printf(Locale.ROOT, "round %d %-13s %8.0f req/s %8.0f µs CPU/request%n", r + 1, mode.getKey(), perSecond, micros);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Refused partner calls, %d threads, %d requests per round, %d rounds; the serving node's CPU per request (median of"
                        + " rounds), relative to GET /health/live (median of per-round ratios), and throughput:%n", THREADS, REQUESTS, ROUNDS));
        for (String mode : modes.keySet()) {
            double paired = Load.median(IntStream.range(0, ROUNDS).mapToObj(r -> cpu.get(mode).get(r) / cpu.get("live").get(r)).toList());
            report.append(String.format(Locale.ROOT, "  %-13s %7.0f µs CPU  %5.2f× live  %8.0f req/s%n", mode,
                    Load.median(cpu.get(mode)), paired, Load.median(rate.get(mode))));
        }
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("refusals.txt"), report);
    }

    private static HttpRequest get(Node shop, String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shop.baseUrl() + pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.build();
    }

    private static String holdToken(String issuer, String pathAndQuery, com.nimbusds.jose.jwk.RSAKey key) {
        return "FedmarketCall " + TestShop.sign("fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer(issuer).audience(SHOP)
                .claim("htm", "GET").claim("htu", pathAndQuery).claim("bh", EMPTY_BODY_HASH), key);
    }
}
