package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Ports;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped dashboard tells the truth: a real Prometheus scrapes fresh nodes as an operator's would (HTTPS, the scrape
 * account), the test then makes a partner's first catalogue poll, purchase and order, and every panel's own expression,
 * evaluated by that Prometheus, shows exactly the events made — the first of each included.
 */
class DashboardIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Path DASHBOARD = Path.of(System.getProperty("fedmarket.it.projectDir", "."),
            "ops/grafana/fedmarket-dashboard.json");
    private static final String SHIP = "\"shipTo\": {\"name\": \"Ada\", \"line1\": \"1 Way\", \"postalCode\": \"10115\","
            + " \"city\": \"Berlin\", \"country\": \"DE\"}, \"contact\": {\"email\": \"ada@example.org\"}";

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("d-hub"),
            shop("d-buyer", "d-hub")
                    .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT1H") // only the polls the test makes
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"),
            shop("d-seller", "d-hub").env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"));

    private static Process prometheus;
    private static Http prometheusApi;
    private static Path prometheusDir;

    @BeforeAll
    static void prometheusThenPartners() throws Exception {
        prometheus = startPrometheus(); // before anything happens, as on a real deployment: each counter's first sample is 0
        for (Node node : List.of(buyer(), seller())) {
            Eventually.await(WITHIN, "Prometheus has two scrapes of " + node.name(), () -> scalar(
                    "count_over_time(up{instance=\"" + target(node) + "\"}[5m])", null) >= 2 && scalar(
                    "up{instance=\"" + target(node) + "\"}", null) == 1, true);
        }
        for (String shop : List.of("d-buyer", "d-seller")) {
            String code = cluster.node("d-hub").http().asAdmin().postJson("/api/hub/admin/invitations", "{}")
                    .assertStatus(201).json().getString("code");
            cluster.node(shop).http().asAdmin().postJson("/api/federation/membership", "{\"invitationCode\":\"" + code + "\"}")
                    .assertStatus(200);
        }
        Eventually.await(WITHIN, "the buyer knows the seller", () -> buyer().http().asAdmin()
                .send("POST", "/api/federation/membership/sync", null, null).json().getInt("directorySize"), 1);
        seller().http().asAdmin().send("PUT", "/api/inventory/rates", "application/json",
                "{\"asOf\":\"" + LocalDate.now() + "\",\"usdPerUnit\":{\"EUR\":1.10}}").assertStatus(200);
        seller().http().asAdmin().postJson("/api/inventory/products", "{\"sku\": \"mug\", \"name\": \"Mug\", \"price\": 10,"
                + " \"currency\": \"EUR\", \"stock\": 20}").assertStatus(201);
        String partnership = buyer().http().asAdmin().postJson("/api/federation/partnerships", "{\"partner\": \"d-seller\","
                + " \"asked\": [\"share-inventory\", \"sell\"], \"offered\": []}").assertStatus(201).json().getString("id");
        Eventually.await(WITHIN, "the seller has the request", () -> seller().http().asAdmin()
                .get("/api/federation/partnerships/" + partnership).status(), 200);
        seller().http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
        Eventually.await(WITHIN, "the partnership is active at the buyer", () -> buyer().http().asAdmin()
                .get("/api/federation/partnerships/" + partnership).json().getString("status"), "active");
        // each partner's series exist from the partnership on; Prometheus sees them at 0 before anything is bought, as it
        // would on a real deployment (a series made and counted between two scrapes has no first sample of 0 to count from)
        Eventually.await(WITHIN, "Prometheus has scraped each partner's series", () -> scalar(
                "fedmarket_purchases_at_partners_total{partner=\"d-seller\",outcome=\"placed\"}", null) == 0
                && scalar("fedmarket_partner_orders_received_total{partner=\"d-buyer\"}", null) == 0, true);
    }

    @AfterAll
    static void stopPrometheus() throws IOException {
        if (prometheus != null) {
            prometheus.destroy();
        }
    }

    @Test
    void everyPanelShowsExactlyTheEventsMadeTheFirstIncluded() throws Exception {
        Map<String, Double> sellerBefore = seller().metricValues();
        assertEquals(0.0, sellerBefore.get("fedmarket_partner_orders_received_total{mp_scope=\"application\",partner=\"d-buyer\",}"),
                "the series exists at 0 before the first order: " + sellerBefore.keySet());

        buyer().http().asAdmin().postJson("/api/federation/feeds/d-seller/sync", "").assertStatus(200);
        Eventually.await(WITHIN, "the buyer lists the mug", () -> buyer().http().asAdmin().get("/api/federation/listings")
                .body().contains("d-seller:mug"), true);
        JsonObject purchase = buyer().http().asAdmin().postJson("/api/federation/purchases",
                "{\"productId\": \"d-seller:mug\", \"quantity\": 2, " + SHIP + "}").assertStatus(201).json();
        Eventually.await(WITHIN, "the seller's acceptance reached the buyer", () -> buyer().http().asAdmin()
                .get("/api/federation/purchases/" + purchase.getString("id")).json().getString("partnerStatus", ""), "accepted");
        Eventually.await(WITHIN, "the seller's outbox is empty", () -> counter(seller(), "fedmarket_outbox_waiting"), 0.0);
        double delivered = counter(seller(), "fedmarket_outbox_delivered_total");
        assertTrue(delivered >= 2, "the partnership's acceptance and the order's were sent: " + delivered);
        double sellerAt = lastScrapeAfterNow(seller());
        double buyerAt = lastScrapeAfterNow(buyer());

        Map<String, Map<String, Double>> seller = panels(seller(), sellerAt);
        Map<String, Map<String, Double>> buyer = panels(buyer(), buyerAt);

        assertEquals(Map.of("d-buyer", 1.0), sumBy(seller.get("Partner orders received"), 1), seller.toString());
        assertEquals(1.0, total(seller.get("Purchases: succeeded and out of stock"), "succeeded"), seller.toString());
        assertEquals(0.0, total(seller.get("Purchases: succeeded and out of stock"), "out_of_stock"), seller.toString());
        assertEquals(1.0, total(seller.get("Holds placed and expired"), "placed"), seller.toString());
        assertEquals(0.0, total(seller.get("Holds placed and expired"), "expired"), seller.toString());
        assertEquals(1.0, total(seller.get("Catalogue polls by partner"), "d-buyer"), "the buyer's one poll: " + seller);
        assertEquals(1.0, total(seller.get("Order status changes"), "accepted"), seller.toString());
        assertEquals(delivered, total(seller.get("Outbox: delivered and abandoned"), "delivered"),
                "every message the seller delivered, the partnership's acceptance and the order's: " + seller);
        assertEquals(0.0, total(seller.get("Outbox: delivered and abandoned"), "abandoned"), seller.toString());

        assertEquals(1.0, total(buyer.get("Own purchases at partners by outcome"), "d-seller placed"), buyer.toString());
        assertEquals(0.0, total(buyer.get("Own purchases at partners by outcome"), "failed"), buyer.toString());
        assertEquals(0.0, total(buyer.get("Calls to partners: failures"), "d-seller"), buyer.toString());
        assertTrue(total(buyer.get("Calls to partners: p95 latency"), "d-seller") > 0, buyer.toString());
        assertTrue(total(buyer.get("Background job runs by task"), "outbox-delivery") > 0, "a job every 2 s: " + buyer);
        assertEquals(0.0, total(buyer.get("Background job failures by task"), ""), buyer.toString());

        JsonArray instances = prometheusApi.get("/api/v1/label/instance/values?match[]=fedmarket_job_runs_total").json()
                .getJsonArray("data");
        assertTrue(instances.contains(Json.createValue(target(buyer()))) && instances.contains(Json.createValue(target(seller()))),
                "the node variable offers both shops: " + instances);
        JsonArray partners = prometheusApi.get("/api/v1/label/partner/values").json().getJsonArray("data");
        assertTrue(partners.contains(Json.createValue("d-buyer")) && partners.contains(Json.createValue("d-seller")),
                "the partner variable offers both: " + partners);
    }

    /**
     * Every panel's expressions for one node, evaluated at {@code at}: panel title → series (legend) → value. A rate over
     * its window is turned back into the number of events (× the window's seconds). Evaluated at the node's last scrape,
     * so Prometheus extrapolates nothing past it.
     */
    private static Map<String, Map<String, Double>> panels(Node node, double at) throws IOException {
        JsonObject dashboard = Json.createReader(new StringReader(Files.readString(DASHBOARD))).readObject();
        Map<String, Map<String, Double>> shown = new TreeMap<>();
        for (JsonValue p : dashboard.getJsonArray("panels")) {
            JsonObject panel = p.asJsonObject();
            for (JsonValue t : panel.getJsonArray("targets")) {
                String expr = t.asJsonObject().getString("expr").replace("$instance", target(node)).replace("$partner", ".*");
                String legend = t.asJsonObject().getString("legendFormat");
                java.util.regex.Matcher rate = java.util.regex.Pattern.compile("rate\\(.*\\[(\\d+)m]\\)").matcher(expr);
                double scale = rate.find() && !expr.contains("increase(") ? Integer.parseInt(rate.group(1)) * 60 : 1;
                for (JsonValue r : query(expr, at)) {
                    JsonObject metric = r.asJsonObject().getJsonObject("metric");
                    String series = legend.replace("{{instance}}", "").strip();
                    for (String label : metric.keySet()) {
                        series = series.replace("{{" + label + "}}", metric.getString(label));
                    }
                    double value = Double.parseDouble(r.asJsonObject().getJsonArray("value").getString(1)) * scale;
                    shown.computeIfAbsent(panel.getString("title"), k -> new TreeMap<>()).merge(series.strip(), value, Double::sum);
                }
            }
        }
        return shown;
    }

    /** The sum of a panel's series whose legend contains {@code part}, rounded to what floating point can say exactly. */
    private static double total(Map<String, Double> panel, String part) {
        assertTrue(panel != null, "the panel has series");
        double sum = panel.entrySet().stream().filter(e -> e.getKey().contains(part)).mapToDouble(Map.Entry::getValue)
                .filter(v -> !Double.isNaN(v)).sum(); // a latency quantile of a call never made is NaN
        return Math.round(sum * 1e6) / 1e6;
    }

    private static Map<String, Double> sumBy(Map<String, Double> panel, int word) {
        Map<String, Double> by = new TreeMap<>();
        panel.forEach((legend, value) -> by.merge(legend.split(" ")[word - 1], Math.round(value * 1e6) / 1e6, Double::sum));
        return by;
    }

    /** The node's own count: the sum of a metric's series on its /metrics. */
    private static double counter(Node node, String metric) {
        return node.metricValues().entrySet().stream().filter(e -> e.getKey().equals(metric) || e.getKey().startsWith(metric + "{"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** Waits for a scrape of {@code node} that started after now, and returns its time. */
    private static double lastScrapeAfterNow(Node node) {
        double now = System.currentTimeMillis() / 1000.0;
        double[] at = new double[1];
        Eventually.await(WITHIN, "a scrape of " + node.name() + " after the events", () -> {
            at[0] = scalar("timestamp(up{instance=\"" + target(node) + "\"})", null);
            return at[0] > now + 1;
        }, true);
        return at[0];
    }

    private static double scalar(String expr, Double at) {
        JsonArray result = query(expr, at);
        return result.isEmpty() ? -1 : Double.parseDouble(result.getJsonObject(0).getJsonArray("value").getString(1));
    }

    private static JsonArray query(String expr, Double at) {
        String path = "/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8)
                + (at == null ? "" : "&time=" + at);
        JsonObject answer = prometheusApi.get(path).assertStatus(200).json();
        assertEquals("success", answer.getString("status"), expr + ": " + answer);
        return answer.getJsonObject("data").getJsonArray("result");
    }

    private static Process startPrometheus() throws IOException {
        prometheusDir = Files.createTempDirectory("fedmarket-prometheus");
        StringBuilder targets = new StringBuilder();
        for (Node node : List.of(buyer(), seller())) {
            targets.append(targets.isEmpty() ? "" : ", ").append('"').append(target(node)).append('"');
        }
        Path config = prometheusDir.resolve("prometheus.yml");
        // the shipped scrape configuration, pointed at this test's nodes and scraping every second
        String shipped = Files.readString(Path.of(System.getProperty("fedmarket.it.projectDir", "."), "ops/prometheus/prometheus.yml"));
        String scrape = shipped.substring(0, shipped.indexOf("    static_configs:"))
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replace("password: metrics-dev-only", "password: " + Cluster.METRICS_PASSWORD);
        Files.writeString(config, scrape + "    static_configs:\n      - targets: [" + targets + "]\n");
        int port = Ports.free();
        Process process = new ProcessBuilder("prometheus", "--config.file=" + config,
                "--storage.tsdb.path=" + prometheusDir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(prometheusDir.resolve("prometheus.log").toFile()).start();
        prometheusApi = Http.to("http://127.0.0.1:" + port);
        Eventually.await(WITHIN, "Prometheus is ready", () -> {
            try {
                return prometheusApi.get("/-/ready").status();
            } catch (RuntimeException notYet) {
                return -1;
            }
        }, 200);
        return process;
    }

    /** The node's scrape target: its HTTPS port, where /metrics is served. */
    private static String target(Node node) {
        return node.metricsUrl().replace("https://", "").replace("/metrics", "");
    }

    private static Node buyer() {
        return cluster.node("d-buyer");
    }

    private static Node seller() {
        return cluster.node("d-seller");
    }
}
