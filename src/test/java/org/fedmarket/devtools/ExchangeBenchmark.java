package org.fedmarket.devtools;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.TestShop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;

/**
 * The inventory exchange of a real node against what the same machine does without fedmarket. Each
 * measurement alternates rounds of the node and of its baseline in one run and reports the medians
 * and the median of the per-round ratios (node / baseline):
 * <ol>
 * <li>catalogue poll, nothing changed: {@code GET /api/v1/products} with {@code If-None-Match} (304)
 * against nginx answering 304 for a file of the catalogue's size;</li>
 * <li>full catalogue of {@link #PRODUCTS} products (200, megabytes) against nginx serving the same bytes;</li>
 * <li>holds of one unit of one hot product from {@link #CALLERS} concurrent callers against pgbench
 * running the statements of a hold (src/test/bench/hold.sql) with as many connections on a copy of
 * the node's inventory tables in the same PostgreSQL; after each node round no unit may be oversold.</li>
 * </ol>
 * Node calls carry partner call tokens as partners send them: a catalogue reader signs one token and
 * reuses it (one per round here); a hold needs a token bound to its request, so those are signed
 * before each round, untimed. 1 and 2 use wrk for node and nginx alike. Needs nginx, wrk and pgbench
 * (src/test/bench/install-tools); run with {@code mvn -Pexchange-benchmark}.
 */
public final class ExchangeBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    /** The JIT needs about half a minute of load before the node's rate levels off (seen: 4k, 10k, then 21k req/s per 10 s round). */
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 3);
    private static final int PRODUCTS = Integer.getInteger("bench.products", 10_000);
    private static final int CALLERS = Integer.getInteger("bench.callers", 32);
    /** Hold requests per round: a whole number per caller, so that pgbench (-t, per client) makes exactly as many. */
    private static final int HOLDS = CALLERS * Integer.getInteger("bench.holds.perCaller", 125);
    /** Fewer units than hold requests per round: the last tenth meet a sold-out product, where overselling would show. */
    private static final int STOCK = HOLDS - HOLDS / 10;
    private static final Wrk WRK = new Wrk(Integer.getInteger("bench.wrk.threads", 2), CALLERS,
            System.getProperty("bench.duration", "10s"));
    /** The node's connection pool: the product's default (server.xml), in front of PostgreSQL where pgbench has CALLERS connections. */
    private static final int POOL = 20;
    private static final int IMPORT_CHUNK = 1000;
    private static final String UNLIMITED = "1000000000/PT1M";
    private static final int DB_PORT = Integer.getInteger("fedmarket.it.db.port", 15435);
    private static final String SHOP = "exchange-shop";
    private static final String HOT = "hot";
    private static final String BASELINE_DB = "exchange_baseline";
    /** A hold has no body; its token binds the hash of the empty one (CallTokens.hash). */
    private static final String EMPTY_BODY_HASH = sha256(new byte[0]);
    /** One connection per caller, as pgbench has one per client (HTTP/2 would multiplex them onto one). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ExchangeBenchmark() {
    }

    /** Arguments: output directory, pgbench script. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Path script = Path.of(args.length > 1 ? args[1] : "src/test/bench/hold.sql");
        requireTools();
        Cluster cluster = Cluster.of(hub("exchange-hub"),
                shop(SHOP, "exchange-hub").env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S")
                        // no hold may expire during the run: its stock would come back in the middle of a round
                        .env("FEDMARKET_INVENTORY_HOLD_DURATION", "PT2H")
                        .env("DB_POOL_MAX", String.valueOf(POOL)) // test nodes get 10 to spare connections
                        // Limits far above any rate here: the buckets are still drawn from (their cost is
                        // part of every partner call), but no call is refused.
                        .env("FEDMARKET_RATE_LIMITS_CATALOGUE", UNLIMITED)
                        .env("FEDMARKET_RATE_LIMITS_HOLDS", UNLIMITED));
        cluster.start();
        try (TestShop partner = new TestShop("exchange-partner"); Nginx nginx = Nginx.start(out.resolve("nginx"))) {
            Node shop = cluster.node(SHOP);
            BenchFederation.partner(cluster.node("exchange-hub"), shop, partner, List.of("share-inventory", "sell"));
            // Products priced in a currency without a rate are not listed; half of them are in euros.
            shop.http().asAdmin().send("PUT", "/api/inventory/rates", "application/json",
                    "{\"asOf\":\"" + LocalDate.now() + "\",\"usdPerUnit\":{\"EUR\":1.08}}").assertStatus(200);
            double importSeconds = importCatalogue(shop);

            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "Exchange benchmarks: after %d warm-up rounds of the node, %d rounds alternating node and baseline, medians;"
                            + " ratio = node / baseline.%n"
                            + "Node calls carry partner call tokens (catalogue: one token per round, reused; holds: one bound token per request);"
                            + " the node's rate limits are set to %s, drawn from but never reached.%n"
                            + "Setup: importing the %d products took %.1f s (admin API, %d per request).%n",
                    WARMUPS, ROUNDS, UNLIMITED, PRODUCTS, importSeconds, IMPORT_CHUNK));
            Files.createDirectories(out);
            catalogue(shop, partner, nginx, report);
            Files.writeString(out.resolve("exchange.txt"), report); // kept should the holds fail
            if (!"catalogue".equals(System.getProperty("bench.only"))) {
                holds(shop, partner, script, out, report);
            }
            Files.writeString(out.resolve("exchange.txt"), report);
            System.out.println(report);
        } finally {
            cluster.stopAll();
        }
    }

    /** Fails before the nodes start (a minute) rather than after, if a program the baselines need is missing. */
    private static void requireTools() throws InterruptedException {
        for (String tool : List.of("nginx", "wrk", "pgbench", "pg_dump", "psql")) {
            try {
                new ProcessBuilder(tool, tool.equals("wrk") ? "-v" : "-V").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                throw new IllegalStateException(tool + " is not installed; run src/test/bench/install-tools", e);
            }
        }
    }

    /** Measurements 1 and 2: the catalogue unchanged (304) and in full (200), node and nginx under the same wrk load. */
    private static void catalogue(Node shop, TestShop partner, Nginx nginx, StringBuilder report) throws Exception {
        String url = shop.baseUrl() + "/api/v1/products";
        HttpResponse<byte[]> full = get(url, Map.of("Authorization", readToken(partner)), 200);
        byte[] body = full.body();
        String etag = full.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag on the catalogue"));
        // One file serves both: it has the catalogue's size (for 304) and its very bytes (for 200).
        Files.write(nginx.html().resolve("catalogue.json"), body);
        String file = nginx.url("catalogue.json");
        HttpResponse<byte[]> served = get(file, Map.of(), 200);
        if (!Arrays.equals(served.body(), body)) {
            throw new IllegalStateException("nginx does not serve the catalogue's bytes");
        }
        String fileEtag = served.headers().firstValue("ETag").orElseThrow();
        get(url, Map.of("Authorization", readToken(partner), "If-None-Match", etag), 304);
        get(file, Map.of("If-None-Match", fileEtag), 304);

        report.append(String.format(Locale.ROOT, "Catalogue: %d products, %d bytes of JSON; %s, same for node and nginx.%n",
                PRODUCTS, body.length, WRK.describe()));
        // 304 answers are a few hundred bytes; anything larger means the node sent the catalogue after all.
        report.append(compare("catalogue poll, unchanged (304)", "req/s", "nginx", 0.5,
                () -> wrk(url, Map.of("Authorization", readToken(partner), "If-None-Match", etag), 0, 1024),
                () -> wrk(file, Map.of("If-None-Match", fileEtag), 0, 1024)));
        report.append(compare("full catalogue (200)", "req/s", "nginx", 0.5,
                () -> wrk(url, Map.of("Authorization", readToken(partner)), body.length, body.length + 2048),
                () -> wrk(file, Map.of(), body.length, body.length + 2048)));

        // Compressed: the node's gzip (made once per revision) is also the file nginx serves with gzip_static.
        HttpResponse<byte[]> packed = get(url, Map.of("Authorization", readToken(partner), "Accept-Encoding", "gzip"), 200);
        if (!"gzip".equals(packed.headers().firstValue("Content-Encoding").orElse(null))) {
            throw new IllegalStateException("the node did not compress the catalogue");
        }
        byte[] gz = packed.body();
        Files.write(nginx.html().resolve("catalogue.json.gz"), gz);
        HttpResponse<byte[]> servedPacked = get(file, Map.of("Accept-Encoding", "gzip"), 200);
        if (!Arrays.equals(servedPacked.body(), gz)) {
            throw new IllegalStateException("nginx does not serve the compressed catalogue's bytes (gzip_static)");
        }
        report.append(String.format(Locale.ROOT, "Compressed (Accept-Encoding: gzip): %d bytes instead of %d (%.1f %%).%n",
                gz.length, body.length, 100.0 * gz.length / body.length));
        report.append(compare("full catalogue, gzip (200)", "req/s", "nginx gzip_static", 1.0,
                () -> wrk(url, Map.of("Authorization", readToken(partner), "Accept-Encoding", "gzip"), gz.length, gz.length + 2048),
                () -> wrk(file, Map.of("Accept-Encoding", "gzip"), gz.length, gz.length + 2048)));
        get(url, Map.of("Authorization", readToken(partner), "If-None-Match", etag), 304); // it did not change meanwhile
    }

    /** Measurement 3: holds on the hot product against pgbench running a hold's statements on a copy of the tables. */
    private static void holds(Node shop, TestShop partner, Path script, Path out, StringBuilder report) throws Exception {
        String database = shop.databaseName();
        long hot = Long.parseLong(psql(database, "SELECT id FROM inventory.product WHERE sku = '" + HOT + "'"));
        psql("postgres", "DROP DATABASE IF EXISTS " + BASELINE_DB + " WITH (FORCE)");
        psql("postgres", "CREATE DATABASE " + BASELINE_DB);
        Path dump = out.resolve("inventory.sql");
        // the tables a hold touches: inventory, and the market events (platform) with partners' listings (federation)
        command("pg_dump", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "--schema=inventory",
                "--schema=platform", "--schema=federation", "--no-owner", "--file=" + dump, database);
        command("psql", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "-q", "-v", "ON_ERROR_STOP=1",
                "--file=" + dump, BASELINE_DB);

        List<String> rounds = new ArrayList<>();
        AtomicInteger round = new AtomicInteger();
        report.append(String.format(Locale.ROOT, "Holds: %d requests per round from %d callers on product '%s' stocked with %d units"
                        + " (node's pool: %d connections); pgbench -c %d -M prepared -f %s on a copy of the node's inventory tables.%n",
                HOLDS, CALLERS, HOT, STOCK, POOL, CALLERS, script.getFileName()));
        report.append(compare("holds, one hot product", "holds/s", "pgbench", 0.7,
                () -> nodeHolds(shop, partner, hot, round.incrementAndGet(), rounds),
                () -> pgbench(script, hot)));
        report.append("  node rounds, warm-ups first:").append(System.lineSeparator());
        rounds.forEach(r -> report.append("    ").append(r).append(System.lineSeparator()));
    }

    /** One node round: stock set to {@link #STOCK}, {@link #HOLDS} bound holds from {@link #CALLERS} threads, then the oversell check. */
    private static double nodeHolds(Node shop, TestShop partner, long hot, int round, List<String> rounds) throws Exception {
        int before = Integer.parseInt(psql(shop.databaseName(), "SELECT stock FROM inventory.product WHERE id = " + hot));
        if (before != STOCK) { // restock adds, or with a negative quantity removes
            shop.http().asAdmin().postJson("/api/inventory/products/" + HOT + "/restock", "{\"quantity\":" + (STOCK - before) + "}")
                    .assertStatus(200);
        }
        int initial = Integer.parseInt(psql(shop.databaseName(), "SELECT stock FROM inventory.product WHERE id = " + hot));
        vacuum(shop.databaseName());
        String path = "/api/v1/product/" + SHOP + ":" + HOT + "?quantity=1&reference=";
        List<String> tokens = IntStream.range(0, HOLDS).parallel()
                .mapToObj(i -> holdToken(partner, path + "r" + round + "-" + i)).toList();

        AtomicInteger held = new AtomicInteger();
        AtomicInteger soldOut = new AtomicInteger();
        double perSecond = Load.perSecond(HTTP, CALLERS, HOLDS, i -> HttpRequest.newBuilder(URI.create(shop.baseUrl() + path + "r" + round
                + "-" + i)).GET().header("Authorization", "FedmarketCall " + tokens.get(i)).build(), status -> {
                    if (status == 409) { // a valid answer: not enough stock
                        soldOut.incrementAndGet();
                    } else if (status == 200) {
                        held.incrementAndGet();
                    }
                    return status == 200 || status == 409;
                });
        int after = Integer.parseInt(psql(shop.databaseName(), "SELECT stock FROM inventory.product WHERE id = " + hot));
        requireExact("node", initial, held.get(), soldOut.get(), after);
        rounds.add(String.format(Locale.ROOT, "stock %d, %d held, %d sold out, stock after %d", initial, held.get(), soldOut.get(), after));
        return perSecond;
    }

    /** One pgbench round on the copy: the same stock, as many transactions as the node gets requests, as many connections as callers. */
    private static double pgbench(Path script, long hot) throws Exception {
        psql(BASELINE_DB, "UPDATE inventory.product SET stock = " + STOCK + " WHERE id = " + hot);
        String started = psql(BASELINE_DB, "SELECT now()");
        vacuum(BASELINE_DB);
        String output = command("pgbench", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "-n",
                "-M", "prepared", "-c", String.valueOf(CALLERS), "-j", "2", "-t", String.valueOf(HOLDS / CALLERS),
                "-f", script.toString(), "-D", "sku=" + HOT, "-D", "partner=exchange-partner", "-D", "shop=" + SHOP, BASELINE_DB);
        Matcher processed = Pattern.compile("actually processed: (\\d+)/(\\d+)").matcher(output);
        Matcher tps = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)").matcher(output);
        if (!processed.find() || !processed.group(1).equals(processed.group(2)) || !tps.find()) {
            throw new IllegalStateException("pgbench did not run cleanly:\n" + output);
        }
        int held = Integer.parseInt(psql(BASELINE_DB, "SELECT count(*) FROM inventory.hold WHERE product_id = " + hot + " AND created_at >= '"
                + started + "'"));
        int after = Integer.parseInt(psql(BASELINE_DB, "SELECT stock FROM inventory.product WHERE id = " + hot));
        requireExact("pgbench", STOCK, held, HOLDS - held, after);
        return Double.parseDouble(tps.group(1));
    }

    /**
     * Neither oversold nor undersold: every request answered, a unit held per hold and no more than the stock, sold out
     * only once the stock was gone, and the stock less exactly what was held.
     */
    private static void requireExact(String who, int initial, int held, int soldOut, int after) {
        boolean exact = held + soldOut == HOLDS && held == Math.min(initial, HOLDS) && after == initial - held;
        if (!exact) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: %d requests, stock %d before, %d held, %d sold out,"
                    + " stock %d after: oversold or undersold", who, HOLDS, initial, held, soldOut, after));
        }
    }

    /**
     * Warm-up ({@link #WARMUPS} node rounds, one of the baseline: it is native code), then
     * {@link #ROUNDS} rounds alternating node and baseline; one report line with the medians, the
     * ratio of the medians and the median of the per-round ratios.
     */
    private static String compare(String name, String unit, String baselineName, double goal,
                                  Callable<Double> node, Callable<Double> baseline) throws Exception {
        for (int w = 0; w < WARMUPS; w++) {
            System.out.printf(Locale.ROOT, "%s: warm-up %d node %.0f %s%n", name, w + 1, node.call(), unit);
        }
        System.out.printf(Locale.ROOT, "%s: warm-up %s %.0f %s%n", name, baselineName, baseline.call(), unit);
        List<Double> nodeRounds = new ArrayList<>();
        List<Double> baselineRounds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            double n = node.call();
            double b = baseline.call();
            nodeRounds.add(n);
            baselineRounds.add(b);
            ratios.add(n / b);
            System.out.printf(Locale.ROOT, "%s: round %d node %.0f %s, %s %.0f %s%n", name, r + 1, n, unit, baselineName, b, unit);
        }
        double ratio = median(ratios);
        return String.format(Locale.ROOT, "  %-32s node %8.0f %s  %-7s %8.0f %s  ratio %.2f (of medians %.2f)  goal >= %.1f: %s%n",
                name, median(nodeRounds), unit, baselineName, median(baselineRounds), unit, ratio,
                median(nodeRounds) / median(baselineRounds), goal, ratio >= goal ? "met" : "MISSED");
    }

    /** A wrk round; the bytes per answer must lie within bounds, so a wrong status class cannot pass as a fast one. */
    private static double wrk(String url, Map<String, String> headers, long minBytes, long maxBytes) throws Exception {
        Wrk.Result result = WRK.run(url, headers);
        // wrk prints the bytes read rounded to two decimals of its unit: allow half a percent.
        if (result.bytesPerRequest() < minBytes * 0.995 || result.bytesPerRequest() > maxBytes * 1.005) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: %.0f bytes per answer, expected %d to %d",
                    url, result.bytesPerRequest(), minBytes, maxBytes));
        }
        return result.perSecond();
    }

    /** A catalogue reader's token: caller and callee only, good for every read until it expires (a minute, rounds are shorter). */
    private static String readToken(TestShop partner) {
        return "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                new JWTClaimsSet.Builder().issuer(partner.shopId()).audience(SHOP), partner.key());
    }

    /** A hold's token: bound to method, path with query as sent, and the empty body; good once. */
    private static String holdToken(TestShop partner, String pathAndQuery) {
        return TestShop.sign("fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer(partner.shopId()).audience(SHOP)
                .claim("htm", "GET").claim("htu", pathAndQuery).claim("bh", EMPTY_BODY_HASH), partner.key());
    }

    /**
     * Imports the catalogue in parts: a single request of {@link #PRODUCTS} products outlasts the test
     * client's 30 s timeout. Returns the seconds it took, for the report.
     */
    private static double importCatalogue(Node shop) {
        List<JsonObject> products = products();
        long start = System.nanoTime();
        for (int from = 0; from < products.size(); from += IMPORT_CHUNK) {
            JsonArrayBuilder part = Json.createArrayBuilder();
            products.subList(from, Math.min(products.size(), from + IMPORT_CHUNK)).forEach(part::add);
            long partStart = System.nanoTime();
            shop.http().asAdmin().postJson("/api/inventory/products/import", part.build().toString()).assertStatus(200);
            System.out.printf(Locale.ROOT, "imported products %d to %d in %.1f s%n", from + 1,
                    Math.min(products.size(), from + IMPORT_CHUNK), (System.nanoTime() - partStart) / 1e9);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@link #PRODUCTS} products, descriptions long enough for a catalogue of a few megabytes, the hot one first. */
    private static List<JsonObject> products() {
        List<JsonObject> products = new ArrayList<>();
        products.add(Json.createObjectBuilder().add("sku", HOT).add("name", "The product everyone wants")
                .add("description", "Sold out within minutes whenever it is back.").add("price", new BigDecimal("49.90"))
                .add("currency", "USD").add("imageUrl", "https://images.example/hot.jpg").add("stock", STOCK).build());
        for (int i = 1; i < PRODUCTS; i++) {
            products.add(Json.createObjectBuilder().add("sku", String.format(Locale.ROOT, "p%05d", i))
                    .add("name", "Product " + i + " of the exchange benchmark")
                    .add("description", "Product " + i + ": a plain description of the kind shops write, long enough that"
                            + " the full catalogue weighs what a real one of this size would, a few megabytes of JSON.")
                    .add("price", BigDecimal.valueOf(100 + i % 9000, 2)).add("currency", i % 2 == 0 ? "USD" : "EUR")
                    .add("imageUrl", "https://images.example/p" + i + ".jpg").add("stock", 1 + i % 50).build());
        }
        return products;
    }

    private static HttpResponse<byte[]> get(String url, Map<String, String> headers, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("GET " + url + ": HTTP " + response.statusCode() + ", expected " + expected + ": "
                    + new String(response.body(), 0, Math.min(500, response.body().length), StandardCharsets.UTF_8));
        }
        return response;
    }

    /**
     * Before every round of either side: a hot row updated thousands of times, and holds rolled
     * back when sold out, leave dead rows that slow the next round until autovacuum happens to run.
     */
    private static void vacuum(String database) throws Exception {
        psql(database, "VACUUM inventory.product, inventory.hold, inventory.stock_movement");
    }

    /** One statement through psql on the embedded PostgreSQL; its output, unaligned, without headers. */
    private static String psql(String database, String statement) throws Exception {
        return command("psql", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "-v", "ON_ERROR_STOP=1",
                "-tAq", "-c", statement, database).strip();
    }

    /** Runs a PostgreSQL client program with the embedded database's password; its output, or an exception if it failed. */
    private static String command(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static double median(List<Double> values) {
        return Load.median(values);
    }

    private static String sha256(byte[] bytes) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(bytes)).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
