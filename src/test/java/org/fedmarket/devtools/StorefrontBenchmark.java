package org.fedmarket.devtools;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;

/**
 * The storefront's search and product pages under load, against the same SQL run by pgbench on the same database in
 * the same run. A shop sells {@link #OWN} products of its own and {@link #PARTNER} of a partner's (synced over the
 * protocol); {@link #CLIENTS} clients send a mixed set of queries (one and two words, misspellings, prefixes, facets,
 * orders) for {@link #REQUESTS} requests per measurement, after a warm-up. Reports p50/p95/p99 of the search page, the
 * search JSON, a product page, and pgbench's latencies for the search's two statements (results and facets) over the
 * same queries; and the node's resident memory. Run with {@code mvn -Pstorefront-benchmark} (needs pgbench and psql).
 */
public final class StorefrontBenchmark {

    private static final int OWN = Integer.getInteger("bench.own", 80_000);
    private static final int PARTNER = Integer.getInteger("bench.partner", 20_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 4_000);
    private static final int POOL = 20;
    private static final int IMPORT_CHUNK = 2_000;
    private static final int DB_PORT = Integer.getInteger("fedmarket.it.db.port", 15438);
    private static final String UNLIMITED = "1000000000/PT1M";
    private static final String SHOP = "sfb-shop";
    private static final String SELLER = "sfb-seller";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final String[] COLOURS = {"red", "blue", "green", "black", "white", "grey", "navy", "olive", "sand",
            "charcoal", "rust", "teal", "ochre", "plum", "cream"};
    private static final String[] MATERIALS = {"wool", "merino", "cotton", "linen", "leather", "canvas", "bamboo", "silk",
            "cashmere", "fleece", "denim", "steel", "ceramic", "enamel", "oak", "walnut", "glass", "copper", "hemp", "felt"};
    private static final String[] NOUNS = {"socks", "scarf", "gloves", "cap", "beanie", "jacket", "vest", "shirt", "sweater",
            "hoodie", "trousers", "shorts", "boots", "sneakers", "sandals", "backpack", "tote", "wallet", "belt", "umbrella",
            "mug", "teapot", "kettle", "bottle", "flask", "bowl", "plate", "candle", "blanket", "cushion", "lamp", "notebook",
            "pen", "tent", "stove", "headlamp", "hammock", "towel", "apron", "basket"};
    private static final String[] STYLES = {"classic", "light", "heavy", "compact", "travel", "everyday", "premium",
            "handmade", "vintage", "modern", "rugged", "soft", "warm", "slim", "organic"};
    private static final String[] FILLER = {"made", "for", "daily", "use", "with", "care", "durable", "and", "easy", "to",
            "clean", "a", "gift", "that", "lasts", "years", "of", "comfort", "in", "every", "season", "designed", "small",
            "workshop", "from", "responsibly", "sourced", "materials", "fits", "well", "packs", "flat"};

    private StorefrontBenchmark() {
    }

    /** Arguments: output directory. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Cluster cluster = Cluster.of(hub("sfb-hub"),
                shop(SELLER, "sfb-hub").env("FEDMARKET_RATE_LIMITS_CATALOGUE", UNLIMITED)
                        .env("FEDMARKET_RATE_LIMITS_CATALOGUE_WRITES", UNLIMITED)
                        .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"),
                shop(SHOP, "sfb-hub").modules("federation,inventory,storefront")
                        .env("DB_POOL_MAX", String.valueOf(POOL))
                        .env("FEDMARKET_RATE_LIMITS_CATALOGUE_WRITES", UNLIMITED)
                        .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT5S")
                        .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"));
        Instant started = Instant.now();
        cluster.start();
        try {
            Node shop = cluster.node(SHOP);
            Node seller = cluster.node(SELLER);
            double importSeconds = importProducts(shop, "own", OWN, 1) + importProducts(seller, "partner", PARTNER, 2);
            partners(cluster.node("sfb-hub"), shop, seller);
            Instant syncFrom = Instant.now();
            awaitOffers(shop, OWN + PARTNER);
            double syncSeconds = Duration.between(syncFrom, Instant.now()).toMillis() / 1000.0;

            List<String> queries = queries();
            List<String> products = productIds(shop);
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "Storefront benchmark: %d offers (%d own, %d of a partner synced over the protocol); %d clients, %d requests per"
                            + " measurement after %d warm-up requests; %d queries (words, misspellings, prefixes, facets, orders)."
                            + "%nSetup: nodes ready in %.0f s; import %.0f s; partner sync and storefront catch-up %.0f s.%n",
                    OWN + PARTNER, OWN, PARTNER, CLIENTS, REQUESTS, WARMUP, queries.size(),
                    Duration.between(started, Instant.now()).toSeconds() - importSeconds - syncSeconds, importSeconds, syncSeconds));
            IntFunction<String> searchJson = i -> shop.baseUrl() + "/api/storefront/search?" + queries.get(i % queries.size());
            IntFunction<String> searchPage = i -> shop.baseUrl() + "/search?" + queries.get(i % queries.size());
            IntFunction<String> productPage = i -> shop.baseUrl() + "/products/"
                    + URLEncoder.encode(products.get(i * 7919 % products.size()), StandardCharsets.UTF_8);
            latencies(searchJson, WARMUP); // the JIT's turn
            latencies(searchPage, WARMUP / 2);
            latencies(productPage, WARMUP / 2);
            report.append(line("search, JSON (/api/storefront/search)", latencies(searchJson, REQUESTS)));
            report.append(line("search page (/search)", latencies(searchPage, REQUESTS)));
            report.append(line("product page (/products/<id>)", latencies(productPage, REQUESTS)));
            report.append(line("same SQL, pgbench (results + facets)", pgbench(shop, queries, out)));
            report.append(String.format(Locale.ROOT, "Node resident memory after the run: %d MB.%n", shop.residentBytes() >> 20));
            Files.createDirectories(out);
            Files.writeString(out.resolve("storefront.txt"), report);
            System.out.println(report);
        } finally {
            cluster.stopAll();
        }
    }

    private static String line(String name, List<Double> millis) {
        return String.format(Locale.ROOT, "  %-40s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d samples)%n", name,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.size());
    }

    /** Sends {@code requests} GETs from {@link #CLIENTS} threads; every answer must be 200. Milliseconds each. */
    private static List<Double> latencies(IntFunction<String> url, int requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(i))).header("Accept-Language", "en-US")
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        millis.add((System.nanoTime() - start) / 1e6);
                        if (response.statusCode() != 200) {
                            failures.add(request.uri() + ": HTTP " + response.statusCode());
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(request.uri() + ": " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " of " + requests + " requests failed, e.g. " + failures.peek());
        }
        return new ArrayList<>(millis);
    }

    /**
     * The search's two statements, as the node runs them for each query's words, by pgbench with as many clients as
     * the node's pool; per-transaction latencies from its log.
     */
    private static List<Double> pgbench(Node shop, List<String> queries, Path out) throws Exception {
        String database = shop.databaseName();
        List<String> tsQueries = queries.stream().map(StorefrontBenchmark::tsQuery).filter(q -> q != null).toList();
        psql(database, "DROP TABLE IF EXISTS public.bench_query");
        psql(database, "CREATE TABLE public.bench_query (id int PRIMARY KEY, q text NOT NULL)");
        StringBuilder insert = new StringBuilder("INSERT INTO public.bench_query VALUES ");
        for (int i = 0; i < tsQueries.size(); i++) {
            insert.append(i == 0 ? "" : ",").append("(").append(i + 1).append(", '").append(tsQueries.get(i)).append("')");
        }
        psql(database, insert.toString());
        Path script = out.resolve("storefront-search.sql");
        Files.createDirectories(out);
        Files.writeString(script, """
                \\set i random(1, %d)
                SELECT o.product_id, o.seller, o.own, o.seller_name, o.name, o.description, o.image_url, o.price_amount, o.price_currency, o.price_usd, o.availability, o.promoted, o.listed_at, ts_rank_cd(o.document, q.query)::text FROM storefront.offer o, (SELECT to_tsquery('english', b.q) AS query FROM public.bench_query b WHERE b.id = :i) q WHERE o.document @@ q.query ORDER BY ts_rank_cd(o.document, q.query) DESC, o.product_id ASC LIMIT 25;
                SELECT o.seller, max(o.seller_name), o.availability, width_bucket(o.price_usd, '{10,25,50,100,250}'::numeric[]) AS bucket, count(*), count(*) FILTER (WHERE true) FROM storefront.offer o, (SELECT to_tsquery('english', b.q) AS query FROM public.bench_query b WHERE b.id = :i) q WHERE o.document @@ q.query GROUP BY o.seller, o.availability, bucket;
                """.formatted(tsQueries.size()));
        Path logs = out.resolve("pgbench-log");
        Files.createDirectories(logs);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        command(logs, "pgbench", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "-n", "-M", "prepared",
                "-c", String.valueOf(CLIENTS), "-j", "2", "-t", String.valueOf(Math.max(1, WARMUP / CLIENTS)), "-f",
                script.toAbsolutePath().toString(), database);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        command(logs, "pgbench", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "-n", "-M", "prepared",
                "-c", String.valueOf(CLIENTS), "-j", "2", "-t", String.valueOf(Math.max(1, REQUESTS / CLIENTS)), "-l",
                "--log-prefix=" + logs.resolve("tx"), "-f", script.toAbsolutePath().toString(), database);
        List<Double> millis = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.toList()) {
                for (String row : Files.readAllLines(log)) {
                    String[] fields = row.trim().split("\\s+");
                    if (fields.length >= 3) {
                        millis.add(Long.parseLong(fields[2]) / 1000.0); // microseconds
                    }
                }
            }
        }
        psql(database, "DROP TABLE public.bench_query");
        return millis;
    }

    /**
     * The text-search query the node builds for a query's words when none needs correcting (Words, StorefrontSearch):
     * every word, the last also as a prefix. Null for a query without words.
     */
    private static String tsQuery(String query) {
        String q = Stream.of(query.split("&")).filter(p -> p.startsWith("q=")).map(p -> java.net.URLDecoder.decode(p.substring(2),
                StandardCharsets.UTF_8)).findFirst().orElse("");
        List<String> words = Stream.of(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2).toList();
        if (words.isEmpty()) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            groups.add(i == words.size() - 1 && w.length() >= 3 ? "(" + w + " | " + w + ":*)" : "(" + w + ")");
        }
        return String.join(" & ", groups);
    }

    /** The query set: words the catalogue uses, alone and in pairs, misspelt, cut short, with facets and orders. */
    private static List<String> queries() {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            queries.add("q=" + pick(random, NOUNS));
        }
        for (int i = 0; i < 10; i++) {
            queries.add("q=" + enc(pick(random, MATERIALS) + " " + pick(random, NOUNS)));
        }
        for (int i = 0; i < 8; i++) {
            queries.add("q=" + enc(swap(pick(random, NOUNS), random)));
        }
        for (int i = 0; i < 4; i++) {
            String noun = pick(random, NOUNS);
            queries.add("q=" + noun.substring(0, Math.min(noun.length(), 3)));
        }
        for (int i = 0; i < 4; i++) {
            queries.add("q=" + enc(pick(random, COLOURS) + " " + pick(random, NOUNS)) + "&seller=" + SELLER);
        }
        for (int i = 0; i < 4; i++) {
            queries.add("q=" + pick(random, NOUNS) + "&maxPrice=49.99&sort=price-asc");
        }
        queries.add("sort=newest");
        queries.add("availability=in-stock&sort=price-desc");
        Collections.shuffle(queries, random);
        return queries;
    }

    private static String swap(String word, Random random) {
        int i = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static double importProducts(Node node, String prefix, int count, long seed) {
        Random random = new Random(seed);
        long start = System.nanoTime();
        for (int from = 0; from < count; from += IMPORT_CHUNK) {
            JsonArrayBuilder part = Json.createArrayBuilder();
            for (int i = from; i < Math.min(count, from + IMPORT_CHUNK); i++) {
                String colour = pick(random, COLOURS);
                String material = pick(random, MATERIALS);
                String noun = pick(random, NOUNS);
                String style = pick(random, STYLES);
                String name = cap(style) + " " + colour + " " + material + " " + noun;
                StringBuilder description = new StringBuilder(cap(material) + " " + noun + " in " + colour + ",");
                for (int w = 0; w < 18; w++) {
                    description.append(' ').append(pick(random, FILLER));
                }
                part.add(Json.createObjectBuilder().add("sku", String.format(Locale.ROOT, "%s-%06d", prefix, i)).add("name", name)
                        .add("description", description.append('.').toString())
                        .add("price", BigDecimal.valueOf(199 + random.nextInt(30_000), 2)).add("currency", "USD")
                        .add("imageUrl", "https://images.example/" + prefix + "/" + i + ".jpg")
                        .add("stock", random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(80)));
            }
            node.http().asAdmin().postJson("/api/inventory/products/import", part.build().toString()).assertStatus(200);
            System.out.printf(Locale.ROOT, "%s: imported %d of %d%n", node.name(), Math.min(count, from + IMPORT_CHUNK), count);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The shop joins, the seller joins; the shop asks for the seller's catalogue and the right to sell it; accepted. */
    private static void partners(Node hub, Node shop, Node seller) throws InterruptedException {
        BenchFederation.join(hub, shop);
        BenchFederation.join(hub, seller);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!shop.http().asAdmin().get("/api/federation/directory").body().contains("\"" + SELLER + "\"")) {
            requireBefore(deadline, "the shop never saw the seller");
            Thread.sleep(250);
        }
        String partnership = shop.http().asAdmin().postJson("/api/federation/partnerships", "{\"partner\":\"" + SELLER
                + "\",\"asked\":[\"share-inventory\",\"sell\",\"co-promote\"],\"offered\":[]}").assertStatus(201).json().getString("id");
        while (seller.http().asAdmin().get("/api/federation/partnerships/" + partnership).status() != 200) {
            requireBefore(deadline, "the seller never received the request");
            Thread.sleep(250);
        }
        seller.http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
    }

    private static void awaitOffers(Node shop, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        long total = -1;
        while (total != expected) {
            requireBefore(deadline, "the storefront sells " + total + " offers, not " + expected);
            Thread.sleep(2000);
            JsonObject page = shop.http().get("/api/storefront/search?limit=1").assertStatus(200).json();
            total = page.getJsonNumber("total").longValue();
            System.out.printf(Locale.ROOT, "storefront offers: %d of %d%n", total, expected);
        }
    }

    private static List<String> productIds(Node shop) {
        List<String> ids = new ArrayList<>();
        for (String q : List.of("socks", "mug", "tent", "scarf", "lamp", "boots")) {
            shop.http().get("/api/storefront/search?limit=48&q=" + q).assertStatus(200).json().getJsonArray("results")
                    .getValuesAs(JsonObject.class).forEach(r -> ids.add(r.getString("id")));
        }
        return ids.stream().distinct().collect(Collectors.toList());
    }

    private static void requireBefore(Instant deadline, String message) {
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(message);
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String psql(String database, String statement) throws Exception {
        return command(null, "psql", "-h", "localhost", "-p", String.valueOf(DB_PORT), "-U", "postgres", "-v", "ON_ERROR_STOP=1",
                "-tAq", "-c", statement, database).strip();
    }

    private static String command(Path dir, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
