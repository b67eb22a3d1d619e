package org.fedmarket.devtools;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;

/**
 * How soon a seller's price change is on its resellers' storefronts, and what an idle partnership costs. One seller and
 * two resellers that sell its products: one takes catalogue notices, the other (the baseline, same run) learns changes
 * only by polling every {@link #POLL}. The seller changes a price {@link #CHANGES} times; each change is timed from the
 * seller's answer until each reseller's product page (JSON) shows the new price; each change comes at a random moment
 * of the polling period. Then everything idles for
 * {@link #IDLE}, and the seller's own counters say what the resellers' polls cost it. Run with
 * {@code mvn -Pfreshness-benchmark}.
 */
public final class FreshnessBenchmark {

    private static final int CHANGES = Integer.getInteger("bench.changes", 40);
    private static final int PRODUCTS = Integer.getInteger("bench.products", 2_000);
    private static final Duration POLL = Duration.parse(System.getProperty("bench.poll", "PT5S"));
    private static final Duration IDLE = Duration.parse(System.getProperty("bench.idle", "PT60S"));
    private static final String SELLER = "fresh-seller";
    private static final String NOTICED = "fresh-noticed";
    private static final String POLLING = "fresh-polling";
    private static final String UNLIMITED = "1000000000/PT1M";

    private FreshnessBenchmark() {
    }

    /** Arguments: output directory. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Cluster cluster = Cluster.of(hub("fresh-hub"),
                shop(SELLER, "fresh-hub").env("FEDMARKET_RATE_LIMITS_CATALOGUE", UNLIMITED)
                        .env("FEDMARKET_RATE_LIMITS_CATALOGUE_WRITES", UNLIMITED)
                        .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"),
                shop(NOTICED, "fresh-hub").modules("federation,inventory,storefront")
                        .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", POLL.toString())
                        .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"),
                shop(POLLING, "fresh-hub").modules("federation,inventory,storefront")
                        .env("FEDMARKET_FEDERATION_CATALOGUE_NOTICES", "false")
                        .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", POLL.toString())
                        .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"));
        cluster.start();
        try {
            Node seller = cluster.node(SELLER);
            List<Node> resellers = List.of(cluster.node(NOTICED), cluster.node(POLLING));
            importProducts(seller);
            for (Node reseller : resellers) {
                BenchFederation.join(cluster.node("fresh-hub"), reseller);
            }
            BenchFederation.join(cluster.node("fresh-hub"), seller);
            for (Node reseller : resellers) {
                partner(reseller, seller);
            }
            for (Node reseller : resellers) {
                awaitPrice(reseller, "p0", new BigDecimal("10.00"), Instant.now().plus(Duration.ofMinutes(5)));
            }

            Map<Node, List<Double>> seen = Map.of(resellers.get(0), new ArrayList<>(), resellers.get(1), new ArrayList<>());
            Random phase = new Random(7);
            for (int i = 1; i <= CHANGES; i++) {
                // at a random moment of the polling period: the loop would otherwise change right after each poll
                Thread.sleep(phase.nextLong(POLL.toMillis()));
                String sku = "p" + (i % 20);
                BigDecimal price = new BigDecimal("10.00").add(BigDecimal.valueOf(i, 2));
                long changed = System.nanoTime();
                seller.http().asAdmin().send("PUT", "/api/inventory/products/" + sku, "application/json",
                        "{\"name\":\"Product " + sku + "\",\"description\":\"A product\",\"price\":" + price + ",\"currency\":\"USD\"}")
                        .assertStatus(200);
                for (Node reseller : resellers) {
                    awaitPrice(reseller, sku, price, Instant.now().plus(POLL.multipliedBy(4)));
                    seen.get(reseller).add((System.nanoTime() - changed) / 1e6);
                }
                System.out.printf(Locale.ROOT, "change %d: noticed %.0f ms, polling %.0f ms%n", i,
                        last(seen.get(resellers.get(0))), last(seen.get(resellers.get(1))));
            }

            Map<String, Double> before = seller.metricValues();
            Thread.sleep(IDLE.toMillis());
            Map<String, Double> after = seller.metricValues();
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "Freshness benchmark: a seller with %d products and two resellers; %d price changes, each timed until the"
                            + " reseller's product page shows it.%n", PRODUCTS, CHANGES));
            report.append(line("with catalogue notices (polls every " + POLL + " too)", seen.get(resellers.get(0))));
            report.append(line("polling only, every " + POLL + " (baseline)", seen.get(resellers.get(1))));
            report.append(String.format(Locale.ROOT, "Idle for %s: the seller answered %s.%n", IDLE, polls(before, after)));
            report.append(String.format(Locale.ROOT, "Resident memory: seller %d MB, resellers %d MB and %d MB.%n",
                    seller.residentBytes() >> 20, resellers.get(0).residentBytes() >> 20, resellers.get(1).residentBytes() >> 20));
            Files.createDirectories(out);
            Files.writeString(out.resolve("freshness.txt"), report);
            System.out.println(report);
        } finally {
            cluster.stopAll();
        }
    }

    private static void importProducts(Node seller) {
        String body = IntStream.range(0, PRODUCTS).mapToObj(i -> "{\"sku\":\"p" + i + "\",\"name\":\"Product p" + i
                + "\",\"description\":\"A product\",\"price\":10.00,\"currency\":\"USD\",\"stock\":100}")
                .collect(Collectors.joining(",", "[", "]"));
        seller.http().asAdmin().postJson("/api/inventory/products/import", body).assertStatus(200);
    }

    private static void partner(Node reseller, Node seller) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!reseller.http().asAdmin().get("/api/federation/directory").body().contains("\"" + SELLER + "\"")) {
            requireBefore(deadline, reseller.name() + " never saw the seller");
            Thread.sleep(250);
        }
        String partnership = reseller.http().asAdmin().postJson("/api/federation/partnerships", "{\"partner\":\"" + SELLER
                + "\",\"asked\":[\"share-inventory\",\"sell\"],\"offered\":[]}").assertStatus(201).json().getString("id");
        while (seller.http().asAdmin().get("/api/federation/partnerships/" + partnership).status() != 200) {
            requireBefore(deadline, "the seller never received " + reseller.name() + "'s request");
            Thread.sleep(250);
        }
        seller.http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
    }

    /** Polls the reseller's product page every 5 ms until it shows {@code price}. */
    private static void awaitPrice(Node reseller, String sku, BigDecimal price, Instant deadline) throws InterruptedException {
        while (true) {
            Reply page = reseller.http().get("/api/storefront/products/" + SELLER + ":" + sku);
            if (page.status() == 200 && page.json().getJsonObject("offer").getJsonObject("price").getJsonNumber("amount")
                    .bigDecimalValue().compareTo(price) == 0) {
                return;
            }
            requireBefore(deadline, reseller.name() + " never showed " + sku + " at " + price);
            Thread.sleep(5);
        }
    }

    private static String polls(Map<String, Double> before, Map<String, Double> after) {
        return after.entrySet().stream().filter(e -> e.getKey().startsWith("fedmarket_catalogue_polls_total{"))
                .map(e -> {
                    double n = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
                    return n == 0 ? null : String.format(Locale.ROOT, "%.0f × %s", n, e.getKey().replaceAll(".*\\{|mp_scope=\"application\",?|,?}$", ""));
                }).filter(s -> s != null).sorted().collect(Collectors.joining("; "));
    }

    private static String line(String name, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "  %-48s p50 %7.0f ms  p95 %7.0f ms  max %7.0f ms%n", name,
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static void requireBefore(Instant deadline, String what) {
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(what);
        }
    }
}
