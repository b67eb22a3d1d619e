package it.org.fedmarket;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.ForwardingProxy;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import it.org.fedmarket.support.SpanSink;
import it.org.fedmarket.support.TestShop;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shop A sells shop B's products: B serves its EUR catalogue in USD with holds and orders; A imports
 * it with its markup, buys through a hold and an order, and follows the order's status. A third
 * member, written from FEDERATION.md in this test, calls B directly to prove holds, orders and their
 * tokens under concurrency and abuse.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);
    private static final ForwardingProxy toB = new ForwardingProxy(() -> ExchangeIT.cluster.node("shop-b").baseUrl());
    private static final SpanSink spans = new SpanSink();

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("x-hub"),
            spans.exportFrom(shop("shop-a", "x-hub")).env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S")
                    .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT1H") // synced by the tests, when they say so
                    .env("FEDMARKET_FEDERATION_CATALOGUE_NOTICES", "false") // the tests count polls: no notice starts one
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"),
            spans.exportFrom(shop("shop-b", "x-hub")).env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S")
                    .env("FEDMARKET_NODE_BASE_URL", toB.baseUrl())
                    .env("FEDMARKET_INVENTORY_HOLD_DURATION", "PT10S") // outlives the 64 concurrent holds (about 1 s), expires within a test
                    .env("FEDMARKET_INVENTORY_HOLD_SWEEP_INTERVAL", "PT1S")
                    .env("FEDMARKET_RATE_LIMITS_CATALOGUE", "30/PT1M")
                    .env("FEDMARKET_WEBHOOKS_PAUSE_AFTER_FAILURES", "3")
                    .env("FEDMARKET_OUTBOX_INTERVAL", "PT1S")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"));

    private static TestShop third;
    private static String partnershipAB;

    @BeforeAll
    static void shopsJoinAndPartner() throws Exception {
        Node hub = cluster.node("x-hub");
        for (String shop : List.of("shop-a", "shop-b")) {
            cluster.node(shop).http().asAdmin().postJson("/api/federation/membership",
                    "{\"invitationCode\":\"" + invitation() + "\"}").assertStatus(200);
        }
        third = new TestShop("shop-t");
        hub.http().send("POST", "/api/hub/applications", "application/jose", third.joinRequest(hub.baseUrl(), invitation()))
                .assertStatus(201);
        await("shop-b knows both", () -> directorySize(b()), 2);
        await("shop-a knows shop-b and shop-t", () -> directorySize(a()), 2);

        b().http().asAdmin().send("PUT", "/api/inventory/rates", "application/json",
                "{\"asOf\":\"" + LocalDate.now() + "\",\"usdPerUnit\":{\"EUR\":1.10}}").assertStatus(200);
        b().http().asAdmin().postJson("/api/inventory/products/import", """
                [{"sku":"scarf","name":"Wool scarf","description":"Red","price":20.00,"currency":"EUR","stock":5},
                 {"sku":"glove","name":"Gloves","description":"Warm","price":10.00,"currency":"EUR","stock":100},
                 {"sku":"last","name":"Last units","description":"Nearly gone","price":5.00,"currency":"EUR","stock":10},
                 {"sku":"hat","name":"Hat","description":"Felt","price":30.00,"currency":"EUR","stock":7}]""")
                .assertStatus(200);

        partnershipAB = a().http().asAdmin().postJson("/api/federation/partnerships",
                "{\"partner\":\"shop-b\",\"asked\":[\"share-inventory\",\"sell\"],\"offered\":[\"share-data\"]}").assertStatus(201).json().getString("id");
        await("shop-b has the request", () -> b().http().asAdmin().get("/api/federation/partnerships/" + partnershipAB).status(), 200);
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipAB + "/acceptance", "").assertStatus(200);
        await("shop-a's partnership", () -> a().http().asAdmin().get("/api/federation/partnerships/" + partnershipAB)
                .json().getString("status"), "active");

        String withThird = UUID.randomUUID().toString();
        b().http().send("POST", "/api/federation/partnerships/inbox", "application/jose", TestShop.sign("fedmarket-partnership+jwt",
                new JWTClaimsSet.Builder().issuer("shop-t").audience("shop-b").claim("partnership", withThird)
                        .claim("action", "request").claim("round", 1).claim("asked", List.of("share-inventory", "sell"))
                        .claim("offered", List.of()), third.key())).assertStatus(202);
        b().http().asAdmin().postJson("/api/federation/partnerships/" + withThird + "/acceptance", "").assertStatus(200);
    }

    @AfterAll
    static void closeHelpers() {
        third.close();
        toB.close();
        spans.close();
    }

    private static int directorySize(Node shop) {
        Reply synced = shop.http().asAdmin().send("POST", "/api/federation/membership/sync", null, null);
        return synced.status() == 200 ? synced.json().getInt("directorySize") : -synced.status();
    }

    private static String invitation() {
        return cluster.node("x-hub").http().asAdmin().postJson("/api/hub/admin/invitations", "{}").assertStatus(201).json().getString("code");
    }

    private static Node a() {
        return cluster.node("shop-a");
    }

    private static Node b() {
        return cluster.node("shop-b");
    }

    private static <T> void await(String what, Supplier<T> actual, T expected) {
        Eventually.await(PROPAGATION, what, actual, expected);
    }


    private static JsonObject feedOfB() {
        return a().http().asAdmin().send("POST", "/api/federation/feeds/shop-b/sync", null, null).assertStatus(200).json();
    }

    private static Map<String, JsonObject> listingsAtA() {
        return a().http().asAdmin().get("/api/federation/listings").assertStatus(200).jsonArray().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(l -> l.getString("id"), l -> l));
    }

    private static int stockAtB(String sku) {
        return b().http().asAdmin().get("/api/inventory/products/" + sku).assertStatus(200).json().getInt("stock");
    }

    private static String movements(String sku) {
        try (var db = java.sql.DriverManager.getConnection(b().jdbcUrl(), "postgres", "postgres");
             var rows = db.createStatement().executeQuery("SELECT m.id, m.delta, m.reason, m.at FROM inventory.stock_movement m"
                     + " JOIN inventory.product p ON p.id = m.product_id WHERE p.sku = '" + sku + "' ORDER BY m.id")) {
            StringBuilder out = new StringBuilder();
            while (rows.next()) {
                out.append('\n').append(rows.getLong(1)).append(' ').append(rows.getInt(2)).append(' ').append(rows.getString(3))
                        .append(' ').append(rows.getString(4));
            }
            return out.toString();
        } catch (java.sql.SQLException e) {
            return e.toString();
        }
    }

    private static String purchase(String productId, int quantity) {
        return """
                {"productId":"%s","quantity":%d,
                 "shipTo":{"name":"Ada Lovelace","line1":"1 Analytical Way","postalCode":"10115","city":"Berlin","country":"DE"},
                 "contact":{"email":"ada@example.org"}}""".formatted(productId, quantity);
    }

    // --- calls as the third member, signed as FEDERATION.md says ---------------------------------------

    private static String token(String method, String pathAndQuery, byte[] body, boolean bound) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("shop-t").audience("shop-b");
        if (bound) {
            claims.claim("htm", method).claim("htu", pathAndQuery).claim("bh", sha256(body));
        }
        return "FedmarketCall " + TestShop.sign("fedmarket-call+jwt", claims, third.key());
    }

    private static String sha256(byte[] body) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body)).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply holdAsThird(String sku, int quantity, String reference) {
        String path = "/api/v1/product/shop-b:" + sku + "?quantity=" + quantity + "&reference=" + reference;
        return Http.to(b().baseUrl()).header("Authorization", token("GET", path, null, true)).get(path);
    }

    private static String orderBody(String orderId, String sku, int quantity, String holdId, String unitPrice) {
        return """
                {"orderId":"%s","lines":[{"productId":"shop-b:%s","quantity":%d,%s"unitPrice":%s}],
                 "shipTo":{"name":"Grace Hopper","line1":"2 Compiler Rd","postalCode":"02139","city":"Cambridge","country":"US"},
                 "contact":{"email":"grace@example.org"},"currency":"USD"}"""
                .formatted(orderId, sku, quantity, holdId == null ? "" : "\"holdId\":\"" + holdId + "\",", unitPrice);
    }

    private static Reply orderAsThird(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return Http.to(b().baseUrl()).header("Authorization", token("POST", "/api/v1/order", bytes, true))
                .send("POST", "/api/v1/order", "application/json", body);
    }

    // --- the scenario ----------------------------------------------------------------------------------

    @Test
    @Order(0)
    void shopAImportsShopBsCatalogueInUsdWithItsMarkup() {
        a().http().asAdmin().send("PUT", "/api/federation/feeds/shop-b/markup", "application/json",
                "{\"percent\":10,\"rounding\":\"ninety-nine\"}").assertStatus(200);
        JsonObject feed = feedOfB();
        assertEquals("full", feed.getString("lastOutcome"), feed.toString());
        assertEquals(0, feed.getInt("consecutiveFailures"));
        Map<String, JsonObject> listings = listingsAtA();
        assertEquals(List.of("shop-b:glove", "shop-b:hat", "shop-b:last", "shop-b:scarf"), listings.keySet().stream().sorted().toList());
        JsonObject scarf = listings.get("shop-b:scarf");
        assertEquals(new BigDecimal("22.00"), scarf.getJsonNumber("partnerPrice").bigDecimalValue(), "EUR 20.00 at 1.10");
        assertEquals(new BigDecimal("24.99"), scarf.getJsonNumber("price").bigDecimalValue(), "+10 %, up to .99");
        assertEquals("USD", scarf.getString("currency"));
    }

    @Test
    @Order(1)
    void anImportWithWrongLinesNamesThemAndImportsNothing() {
        int before = b().http().asAdmin().get("/api/inventory/products").jsonArray().size();
        JsonObject refused = b().http().asAdmin().postJson("/api/inventory/products/import", """
                [{"sku":"fine","name":"Fine","price":1.00,"currency":"EUR","stock":1},
                 {"sku":"bad sku","name":"Bad","price":1.00,"currency":"EUR","stock":1},
                 {"sku":"neg","name":"Negative","price":-3,"currency":"EUR","stock":-1}]""").assertProblem(422);
        List<Integer> lines = refused.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")).toList();
        assertEquals(List.of(2, 3, 3), lines, refused.toString());
        assertEquals(before, b().http().asAdmin().get("/api/inventory/products").jsonArray().size(), "all or nothing");
        b().http().asAdmin().get("/api/inventory/products/fine").assertProblem(404);

    }

    @Test
    @Order(2)
    void anUnchangedCatalogueIsA304AndAChangeArrivesAsADelta() {
        assertEquals("not-modified", feedOfB().getString("lastOutcome"));

        b().http().asAdmin().send("PUT", "/api/inventory/products/hat", "application/json",
                "{\"name\":\"Felt hat\",\"description\":\"Felt\",\"price\":40.00,\"currency\":\"EUR\"}").assertStatus(200);
        b().http().asAdmin().postJson("/api/inventory/products/glove/pause", "").assertStatus(200);
        JsonObject feed = feedOfB();
        assertEquals("delta", feed.getString("lastOutcome"));
        Map<String, JsonObject> listings = listingsAtA();
        assertEquals(new BigDecimal("44.00"), listings.get("shop-b:hat").getJsonNumber("partnerPrice").bigDecimalValue());
        assertEquals("Felt hat", listings.get("shop-b:hat").getString("name"));
        assertTrue(!listings.containsKey("shop-b:glove"), "a paused product is removed");

        b().http().asAdmin().postJson("/api/inventory/products/glove/resume", "").assertStatus(200);
        feedOfB();
        assertTrue(listingsAtA().containsKey("shop-b:glove"));
        try (Browser browser = new Browser(a().baseUrl())) {
            browser.open("/admin/federation/exchange.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            assertEquals("delta", browser.text("#feed-shop-b .outcome"));
            assertEquals("closed", browser.text("#feed-shop-b .circuit"));
            assertTrue(browser.text("#listings").contains("shop-b:scarf"));
        }
    }

    @Test
    @Order(3)
    void shopAHoldsAndOrdersAndFollowsTheOrderUntilDeliveredInOneTrace() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        JsonObject bought = a().http().asAdmin().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .postJson("/api/federation/purchases", purchase("shop-b:scarf", 2)).assertStatus(201).json();
        assertEquals("placed", bought.getString("stage"), bought.toString());
        assertEquals("accepted", bought.getString("partnerStatus"), "shop-b accepts on receipt by default");
        assertEquals(new BigDecimal("22.00"), bought.getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals(3, stockAtB("scarf"));

        JsonObject atB = b().http().asAdmin().get("/api/inventory/orders").jsonArray().getJsonObject(0);
        assertEquals("shop-a", atB.getString("partner"));
        assertEquals(bought.getString("id"), atB.getString("orderId"), "the purchase id is the order id");
        try (Browser browser = new Browser(b().baseUrl())) { // shop-b's administrator ships it in the browser
            browser.open("/admin/inventory/orders.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            String row = "#order-" + bought.getString("id");
            assertEquals("accepted", browser.text(row + " .status"));
            browser.type(row + " input[id$='tracking']", "DHL-123").click(row + " .to-shipped");
            assertTrue(browser.text("#notice").endsWith("is shipped; the partner is told."), browser.text("#notice"));
            assertEquals("shipped", browser.text(row + " .status"));
            String history = (String) browser.script("return document.querySelector('" + row + " .history').textContent;");
            assertTrue(history.matches("(?s).*received.*accepted.*shipped.*by admin:" + Cluster.ADMIN_USER + ".*"), history);

            browser.open("/admin/inventory/orders.xhtml?partner=shop-a&status=shipped");
            assertEquals("shipped", browser.text(row + " .status"), "the filter keeps it");
            browser.open("/admin/inventory/orders.xhtml?status=delivered");
            assertEquals(0, browser.count(row));
            assertEquals("No orders match the filter.", browser.text("#no-orders"));
        }
        var shipped = b().http().asAdmin().get("/api/inventory/orders?partner=shop-a&status=shipped").jsonArray();
        assertTrue(shipped.stream().map(JsonValue::asJsonObject).anyMatch(o -> o.getString("orderId").equals(bought.getString("id")))
                && shipped.stream().map(JsonValue::asJsonObject).allMatch(o -> o.getString("status").equals("shipped")
                && o.getString("partner").equals("shop-a")), shipped.toString());
        assertEquals(0, b().http().asAdmin().get("/api/inventory/orders?partner=nobody").jsonArray().size());
        b().http().asAdmin().get("/api/inventory/orders?status=lost").assertProblem(422);
        String purchaseUrl = "/api/federation/purchases/" + bought.getString("id");
        await("shop-a sees shipped", () -> a().http().asAdmin().get(purchaseUrl).json().getString("partnerStatus"), "shipped");
        assertEquals("DHL-123", a().http().asAdmin().get(purchaseUrl).json().getString("tracking"));
        b().http().asAdmin().postJson("/api/inventory/orders/" + atB.getString("id") + "/status", "{\"status\":\"delivered\"}")
                .assertStatus(200);
        await("shop-a sees delivered", () -> a().http().asAdmin().get(purchaseUrl).json().getString("partnerStatus"), "delivered");
        try (Browser browser = new Browser(a().baseUrl())) { // shop-a's administrator finds the purchase by its id and date
            browser.open("/admin/federation/exchange.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            String row = "#purchase-" + bought.getString("id");
            assertEquals(bought.getString("id"), browser.text(row + " .purchase-id"));
            assertEquals(OffsetDateTime.parse(bought.getString("createdAt")).toInstant(),
                    Instant.parse(browser.find(row + " time.instant").getAttribute("datetime")), "made then");
        }
        List<String> steps = a().http().asAdmin().get(purchaseUrl).json().getJsonArray("history").stream()
                .map(s -> s.asJsonObject().getString("status")).toList();
        // "accepted" is shop-b's update; it may arrive just before or just after shop-a records its own answer
        assertEquals(List.of("holding", "ordering"), steps.subList(0, 2));
        assertEquals(java.util.Set.of("placed", "accepted"), java.util.Set.copyOf(steps.subList(2, 4)));
        assertEquals(List.of("shipped", "delivered"), steps.subList(4, steps.size()));
        // the owner's own record keeps every status with its actor
        List<String> ownerSteps = b().http().asAdmin().get("/api/inventory/orders/" + atB.getString("id")).json()
                .getJsonArray("history").stream().map(s -> s.asJsonObject().getString("status") + "/" + s.asJsonObject().getString("actor"))
                .toList();
        assertEquals(List.of("received/shop-a", "accepted/auto", "shipped/admin:" + Cluster.ADMIN_USER,
                "delivered/admin:" + Cluster.ADMIN_USER), ownerSteps);

        // one trace, begun by the caller of shop-a: the purchase, the hold and order at shop-b, and shop-b's three updates
        // both sides of each update: shop-b's client span ends after shop-a's server span, and the two export apart
        await("every update's spans exported", () -> spans.trace(traceId).stream()
                .filter(s -> "shop-a".equals(s.service()) && "SERVER".equals(s.kind()) && s.name().contains("order-updates")
                        || "shop-b".equals(s.service()) && "CLIENT".equals(s.kind()) && s.name().contains("fedmarket-order-status+jwt"))
                .count(), 6L);
        List<SpanSink.Span> trace = spans.trace(traceId);
        SpanSink.Span purchaseSpan = only(trace, "shop-a", "SERVER", "/federation/purchases");
        assertEquals(callerSpan, purchaseSpan.parentId(), "shop-a continues its caller's trace");
        for (String call : List.of("/v1/product/", "/v1/order")) {
            SpanSink.Span asked = only(trace, "shop-a", "CLIENT", call);
            SpanSink.Span served = only(trace, "shop-b", "SERVER", call);
            assertEquals(asked.id(), served.parentId(), "shop-b's " + call + " continues shop-a's call");
        }
        List<SpanSink.Span> updates = trace.stream().filter(s -> "shop-b".equals(s.service()) && "CLIENT".equals(s.kind())
                && s.name().contains("fedmarket-order-status+jwt")).toList();
        assertEquals(3, updates.size(), "accepted, shipped and delivered leave shop-b's outbox in the order's trace: " + trace);
        assertEquals(updates.stream().map(SpanSink.Span::id).collect(Collectors.toSet()), trace.stream()
                .filter(s -> "shop-a".equals(s.service()) && "SERVER".equals(s.kind()) && s.name().contains("order-updates"))
                .map(SpanSink.Span::parentId).collect(Collectors.toSet()), "shop-a receives each update in the same trace");
    }

    private static SpanSink.Span only(List<SpanSink.Span> trace, String service, String kind, String call) {
        List<SpanSink.Span> found = trace.stream().filter(s -> service.equals(s.service()) && kind.equals(s.kind())
                && (s.name().contains(call) || String.valueOf(s.tag("url.full")).contains(call)
                || String.valueOf(s.tag("http.route")).contains(call))).toList();
        assertEquals(1, found.size(), service + " " + kind + " " + call + " in " + trace);
        return found.get(0);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    @Test
    @Order(4)
    void anOrderAwaitingAcceptanceCanBeRejectedAndItsStockReturns() {
        b().http().asAdmin().send("PUT", "/api/inventory/order-terms/shop-a", "application/json", "{\"autoAccept\":false}")
                .assertStatus(200);
        JsonObject bought = a().http().asAdmin().postJson("/api/federation/purchases", purchase("shop-b:glove", 4)).assertStatus(201).json();
        assertEquals("received", bought.getString("partnerStatus"));
        assertEquals(96, stockAtB("glove"));
        String atB = b().http().asAdmin().get("/api/inventory/orders").jsonArray().getJsonObject(0).getString("id");
        b().http().asAdmin().postJson("/api/inventory/orders/" + atB + "/status", "{\"status\":\"rejected\",\"note\":\"no courier\"}")
                .assertStatus(200);
        await("shop-a sees rejected", () -> a().http().asAdmin().get("/api/federation/purchases/" + bought.getString("id"))
                .json().getString("partnerStatus"), "rejected");
        assertEquals(100, stockAtB("glove"));
        b().http().asAdmin().postJson("/api/inventory/orders/" + atB + "/status", "{\"status\":\"shipped\",\"tracking\":\"x\"}")
                .assertProblem(409);
        b().http().asAdmin().send("PUT", "/api/inventory/order-terms/shop-a", "application/json", "{\"autoAccept\":true}")
                .assertStatus(200);
    }

    @Test
    @Order(5)
    void anOrderWhoseAnswerIsLostIsRetriedAndPlacedOnce() {
        int ordersBefore = b().http().asAdmin().get("/api/inventory/orders").jsonArray().size();
        toB.dropAnswers("POST /api/v1/order", 1);
        JsonObject bought = a().http().asAdmin().postJson("/api/federation/purchases", purchase("shop-b:hat", 1)).assertStatus(201).json();
        assertEquals(1, toB.dropped(), "the first answer was lost on the way");
        assertEquals("placed", bought.getString("stage"), bought.toString());
        assertEquals(ordersBefore + 1, b().http().asAdmin().get("/api/inventory/orders").jsonArray().size(), "one order, not two");
        assertEquals(6, stockAtB("hat"));
    }

    @Test
    @Order(6)
    void sixtyFourConcurrentHoldsForTheLastTenUnitsSellExactlyTen() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Callable<Reply>> holds = IntStream.range(0, 64).<Callable<Reply>>mapToObj(i -> () -> holdAsThird("last", 1, "cart-" + i))
                    .toList();
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> f : pool.invokeAll(holds)) {
                answers.add(f.get());
            }
            List<Reply> granted = answers.stream().filter(r -> r.status() == 200).toList();
            assertEquals(10, granted.size(), answers.stream().map(Reply::status).toList().toString());
            assertEquals(54, answers.stream().filter(r -> r.status() == 409).count());
            List<Integer> available = answers.stream().filter(r -> r.status() == 409).map(r -> r.json().getInt("available")).toList();
            assertTrue(available.stream().allMatch(n -> n == 0), "a refusal reports no stock left: " + available + movements("last"));
            assertEquals(0, stockAtB("last"));

            // every hold becomes an order, each sent twice at once: ten orders, never twenty
            List<Callable<Reply>> orders = new ArrayList<>();
            for (int i = 0; i < granted.size(); i++) {
                String body = orderBody("t-order-" + i, "last", 1, granted.get(i).json().getString("holdId"), "5.50");
                orders.add(() -> orderAsThird(body));
                orders.add(() -> orderAsThird(body));
            }
            List<Reply> placed = new ArrayList<>();
            for (Future<Reply> f : pool.invokeAll(orders)) {
                placed.add(f.get());
            }
            assertEquals(10, placed.stream().filter(r -> r.status() == 201).count(), placed.stream().map(Reply::body).toList().toString());
            assertEquals(10, placed.stream().filter(r -> r.status() == 200).count(), "the twin gets the first result");
            assertEquals(10, placed.stream().map(r -> r.json().getString("id")).distinct().count());
            assertEquals(0, stockAtB("last"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(7)
    void holdsDoNotStackAndExpireBackIntoStock() {
        JsonObject first = holdAsThird("glove", 3, "cart-x").assertStatus(200).json();
        JsonObject again = holdAsThird("glove", 3, "cart-x").assertStatus(200).json();
        assertEquals(first.getString("holdId"), again.getString("holdId"), "the same hold");
        assertEquals(97, stockAtB("glove"));
        JsonObject more = holdAsThird("glove", 5, "cart-x").assertStatus(200).json();
        assertEquals(first.getString("holdId"), more.getString("holdId"));
        assertEquals(95, stockAtB("glove"));
        await("the hold expired and its stock is back", () -> stockAtB("glove"), 100); // 10 s after it was placed
        Reply late = orderAsThird(orderBody("late-1", "glove", 5, first.getString("holdId"), "11.00"));
        assertEquals("urn:fedmarket:problem:hold-ended", late.assertProblem(409).getString("type"));
        assertEquals(100, stockAtB("glove"), "a refused order changes nothing");
    }

    @Test
    @Order(8)
    void ordersThatDoNotMatchAreRefusedAndChangeNothing() {
        JsonObject hold = holdAsThird("glove", 2, "cart-y").assertStatus(200).json();
        assertEquals("urn:fedmarket:problem:price-changed",
                orderAsThird(orderBody("p-1", "glove", 2, hold.getString("holdId"), "9.99")).assertProblem(409).getString("type"));
        assertEquals("urn:fedmarket:problem:hold-too-small",
                orderAsThird(orderBody("p-2", "glove", 3, hold.getString("holdId"), "11.00")).assertProblem(409).getString("type"));
        assertEquals("urn:fedmarket:problem:hold-unknown",
                orderAsThird(orderBody("p-3", "glove", 1, UUID.randomUUID().toString(), "11.00")).assertProblem(422).getString("type"));
        assertEquals(98, stockAtB("glove"), "only the hold took stock");
        orderAsThird(orderBody("p-4", "glove", 2, hold.getString("holdId"), "11.00")).assertStatus(201);
        assertEquals("urn:fedmarket:problem:order-id-reused",
                orderAsThird(orderBody("p-4", "glove", 1, null, "11.00")).assertProblem(409).getString("type"));
        JsonObject status = Http.to(b().baseUrl()).header("Authorization", token("GET", "/api/v1/order/p-4", null, false))
                .get("/api/v1/order/p-4").assertStatus(200).json();
        assertEquals("accepted", status.getString("status"));
        assertEquals(98, stockAtB("glove"));
    }

    @Test
    @Order(9)
    void changeTokensAreBoundToTheirRequestAndWorkOnce() {
        String body = orderBody("s-1", "glove", 1, null, "11.00");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String token = token("POST", "/api/v1/order", bytes, true);
        Http signed = Http.to(b().baseUrl()).header("Authorization", token);
        assertEquals(401, signed.send("POST", "/api/v1/order", "application/json", orderBody("s-1", "glove", 50, null, "11.00"))
                .assertProblem(401).getInt("status"), "body swapped under a valid token");
        assertEquals(201, signed.send("POST", "/api/v1/order", "application/json", body).status());
        assertEquals(401, signed.send("POST", "/api/v1/order", "application/json", body).status(), "replayed");
        String readToken = token("GET", null, null, false);
        assertEquals(401, Http.to(b().baseUrl()).header("Authorization", readToken)
                .get("/api/v1/product/shop-b:glove?quantity=1&reference=z").status(), "a hold needs a bound token");
        assertEquals(97, stockAtB("glove"));
    }

    @Test
    @Order(10)
    void webhooksReceiveSignedSalesAfterTheReceiverWasDownAndADeadOneIsPaused() throws Exception {
        java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger(2);
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = refusals.getAndDecrement() > 0 ? 503 : 204; // down for the first two deliveries
            if (status == 204) {
                received.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
            b().http().asAdmin().postJson("/api/admin/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"sale\"]}").assertStatus(201);
            int closed;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                closed = probe.getLocalPort(); // nobody listens there once the probe is closed
            }
            String dead = "http://localhost:" + closed + "/nobody";
            b().http().asAdmin().postJson("/api/admin/webhooks", "{\"url\":\"" + dead + "\",\"events\":[\"sale\",\"order-status\"]}")
                    .assertStatus(201);

            orderAsThird(orderBody("w-1", "glove", 1, null, "11.00")).assertStatus(201);
            await("the sale reached the receiver after it came back", () -> received.size(), 1);
            com.nimbusds.jwt.SignedJWT sale = com.nimbusds.jwt.SignedJWT.parse(received.get(0));
            com.nimbusds.jose.jwk.JWKSet keys = com.nimbusds.jose.jwk.JWKSet.parse(b().http().get("/api/node/jwks").body());
            com.nimbusds.jose.jwk.RSAKey key = (com.nimbusds.jose.jwk.RSAKey) keys.getKeyByKeyId(sale.getHeader().getKeyID());
            assertTrue(sale.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key)), "signed with shop-b's published key");
            assertEquals("fedmarket-webhook+jwt", sale.getHeader().getType().getType());
            assertEquals("shop-b", sale.getJWTClaimsSet().getIssuer());
            assertEquals("sale", sale.getJWTClaimsSet().getStringClaim("event"));
            Map<String, Object> data = sale.getJWTClaimsSet().getJSONObjectClaim("data");
            assertEquals("shop-t", data.get("partner"));
            assertEquals("w-1", data.get("partnerOrderId"));
            assertEquals("11.00", data.get("total"));

            Supplier<Map<String, JsonObject>> hooks = () -> b().http().asAdmin().get("/api/admin/webhooks").jsonArray().stream()
                    .map(JsonValue::asJsonObject).collect(Collectors.toMap(h -> h.getString("url"), h -> h));
            JsonObject live = hooks.get().get(url);
            assertEquals("active", live.getString("status"));
            assertEquals(3, live.getJsonArray("deliveries").getJsonObject(0).getInt("attempts"), "two refusals, then delivered");
            await("the dead receiver is paused", () -> hooks.get().get(dead).getString("status"), "paused");
            b().http().asAdmin().postJson("/api/admin/webhooks/" + hooks.get().get(dead).getString("id") + "/resume", "").assertStatus(200);
            assertEquals("active", hooks.get().get(dead).getString("status"));
            b().http().asAdmin().send("DELETE", "/api/admin/webhooks/" + hooks.get().get(dead).getString("id"), null, null).assertStatus(204);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    @Order(11)
    void theServingShopCountsPollsPurchasesAndOrdersPerPartner() {
        feedOfB(); // catches up with what earlier tests changed
        Map<String, Double> before = metrics(b());
        assertEquals("not-modified", feedOfB().getString("lastOutcome"));
        b().http().asAdmin().postJson("/api/inventory/products/hat/restock", "{\"quantity\":1}").assertStatus(200); // no class change
        assertEquals("not-modified", feedOfB().getString("lastOutcome"), "stock moves without changing the catalogue");
        b().http().asAdmin().send("PUT", "/api/inventory/products/hat", "application/json",
                "{\"name\":\"Felt hat\",\"description\":\"Felt, grey\",\"price\":40.00,\"currency\":\"EUR\"}").assertStatus(200);
        assertEquals("delta", feedOfB().getString("lastOutcome"));
        JsonObject failed = a().http().asAdmin().postJson("/api/federation/purchases", purchase("shop-b:last", 1)).assertStatus(201).json();
        assertEquals("failed", failed.getString("stage"), "shop-b:last is sold out");
        JsonObject bought = a().http().asAdmin().postJson("/api/federation/purchases", purchase("shop-b:hat", 1)).assertStatus(201).json();
        assertEquals("placed", bought.getString("stage"));
        Map<String, Double> after = metrics(b());

        String a = "partner=\"shop-a\"";
        assertEquals(2.0, increase(before, after, "fedmarket_catalogue_polls_total", a, "outcome=\"not_modified\""), "two 304s");
        assertEquals(1.0, increase(before, after, "fedmarket_catalogue_polls_total", a, "outcome=\"delta\""));
        assertEquals(0.0, increase(before, after, "fedmarket_catalogue_polls_total", a, "outcome=\"full\""));
        assertEquals(1.0, increase(before, after, "fedmarket_purchases_total", a, "outcome=\"out_of_stock\""));
        assertEquals(1.0, increase(before, after, "fedmarket_purchases_total", a, "outcome=\"succeeded\""));
        assertEquals(1.0, increase(before, after, "fedmarket_partner_orders_received_total", a));
        assertEquals(1.0, increase(before, after, "fedmarket_holds_placed_total", a));
        Map<String, Double> atA = metrics(a());
        assertTrue(sum(atA, "fedmarket_partner_call_seconds_count", "partner=\"shop-b\"", "call=\"order\"") >= 1, "shop-a times its calls");
        assertTrue(sum(atA, "fedmarket_partner_call_failures_total", "partner=\"shop-b\"", "reason=\"refused\"") >= 1,
                "the sold-out hold was refused");
        assertTrue(atA.keySet().stream().anyMatch(k -> k.startsWith("fedmarket_catalogue_sync_lag_seconds{") && k.contains("shop-b")));
    }

    @Test
    @Order(12)
    void aPartnerOverItsLimitGets429WhileAnotherPartnerIsServed() {
        Http asThird = Http.to(b().baseUrl()).header("Authorization", token("GET", null, null, false));
        int served = 0;
        Reply refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Reply reply = asThird.get("/api/v1/products");
            if (reply.status() == 429) {
                refused = reply;
            } else {
                assertEquals(200, reply.status());
                served++;
            }
        }
        assertTrue(refused != null, "no 429 within 60 polls");
        assertTrue(served >= 20 && served <= 40, "the bucket holds 30 polls a minute, " + served + " were served");
        assertEquals("urn:fedmarket:problem:rate-limited", refused.assertProblem(429).getString("type"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        // shop-t's bucket is known to be empty: a call naming shop-t is refused before its token is checked...
        com.nimbusds.jose.jwk.RSAKey stranger = TestShop.generate();
        Reply forgedAsT = Http.to(b().baseUrl()).header("Authorization", "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                new JWTClaimsSet.Builder().issuer("shop-t").audience("shop-b"), stranger)).get("/api/v1/products");
        assertEquals("urn:fedmarket:problem:rate-limited", forgedAsT.assertProblem(429).getString("type"));
        // ...while a forged call naming a partner with tokens left is checked, refused, and draws nothing from its bucket
        for (int i = 0; i < 40; i++) {
            Reply forgedAsA = Http.to(b().baseUrl()).header("Authorization", "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                    new JWTClaimsSet.Builder().issuer("shop-a").audience("shop-b"), stranger)).get("/api/v1/products");
            assertEquals("urn:fedmarket:problem:partner-call-unauthenticated", forgedAsA.assertProblem(401).getString("type"));
        }
        JsonObject asBearer = Http.to(b().baseUrl()).header("Authorization", "Bearer " + TestShop.sign("fedmarket-call+jwt",
                new JWTClaimsSet.Builder().issuer("shop-a").audience("shop-b"), stranger)).get("/api/v1/products").assertProblem(401);
        assertEquals("urn:fedmarket:problem:partner-call-unauthenticated", asBearer.getString("type"), "a call token under another scheme");
        assertTrue(asBearer.getString("detail").contains("FedmarketCall"), asBearer.toString());
        assertEquals(0, feedOfB().getInt("consecutiveFailures"), "shop-a's polls are served from its own bucket");
    }

    @Test
    @Order(13)
    void theDashboardOnlyQueriesMetricsTheNodesExport() throws Exception {
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("fedmarket.it.projectDir", "."),
                "ops/grafana/fedmarket-dashboard.json"));
        java.util.Set<String> queried = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("fedmarket_[a-z0-9_]+").matcher(dashboard);
        while (m.find()) {
            queried.add(m.group());
        }
        queried.remove("fedmarket_"); // none such, but keep the check honest about partial matches
        java.util.Set<String> exported = new java.util.TreeSet<>();
        for (Node node : List.of(cluster.node("x-hub"), a(), b())) {
            metrics(node).keySet().forEach(k -> exported.add(k.replaceAll("\\{.*", "")));
        }
        assertTrue(queried.size() >= 10, queried.toString());
        java.util.Set<String> missing = new java.util.TreeSet<>(queried);
        missing.removeAll(exported);
        assertEquals(java.util.Set.of(), missing, "queried by the dashboard but exported by no node");
    }

    /** The node's /metrics as series → value. */
    private static Map<String, Double> metrics(Node node) {
        return node.metricValues();
    }

    private static double sum(Map<String, Double> series, String name, String... labels) {
        return series.entrySet().stream().filter(e -> e.getKey().startsWith(name + "{")
                        && java.util.Arrays.stream(labels).allMatch(l -> e.getKey().contains(l)))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static double increase(Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    @Test
    @Order(14)
    void theEventFeedRecordsTheMarketInOrderAndAPartnerSeesOnlyWhatItShares() throws Exception {
        // shop-a sells a scarf of its own beside shop-b's, and a mug only it has
        a().http().asAdmin().postJson("/api/inventory/products/import", """
                [{"sku":"scarf","name":"Own scarf","description":"Blue","price":19.00,"currency":"USD","stock":3},
                 {"sku":"mug","name":"Mug","description":"Own","price":8.00,"currency":"USD","stock":12}]""").assertStatus(200);
        // an event shows once every transaction that began before it has ended: at once, unless another one still runs
        await("the import's events in the feed", () -> events(a().http().asAdmin(), "/api/events", 500).stream()
                .anyMatch(e -> e.getString("product").equals("mug")), true);
        List<JsonObject> all = events(a().http().asAdmin(), "/api/events", 500);
        List<String> cursors = all.stream().map(e -> e.getString("cursor")).toList();
        assertEquals(cursors, events(a().http().asAdmin(), "/api/events", 3).stream().map(e -> e.getString("cursor")).toList(),
                "pages of three resume exactly where the last ended");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(position(cursors.get(i - 1)).compareTo(position(cursors.get(i))) < 0, "in feed order: " + cursors);
        }

        JsonObject scarf = lastSituation(all, "scarf");
        assertEquals("shop-a", scarf.getString("merchant"));
        Map<String, JsonObject> offers = scarf.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("offerId"), o -> o));
        assertEquals(java.util.Set.of("shop-a:scarf", "shop-b:scarf"), offers.keySet(), "every offer of the scarf in shop-a");
        assertEquals(3, offers.get("shop-a:scarf").getInt("stock"));
        assertEquals(new BigDecimal("19.00"), offers.get("shop-a:scarf").getJsonNumber("price").bigDecimalValue());
        assertEquals("shop-b", offers.get("shop-b:scarf").getString("seller"));
        assertEquals(listingsAtA().get("shop-b:scarf").getJsonNumber("price").bigDecimalValue(),
                offers.get("shop-b:scarf").getJsonNumber("price").bigDecimalValue(), "shop-a's price of it, with its markup");
        assertEquals(JsonValue.NULL, offers.get("shop-b:scarf").get("stock"), "a partner publishes availability, not its count");
        List<String> salesAtA = sales(all).stream().map(e -> e.getString("offerId") + " " + e.getString("outcome") + " "
                + e.getString("buyer") + " " + e.getInt("quantity")).toList();
        assertTrue(salesAtA.contains("shop-b:scarf sold customer 2"), salesAtA.toString());
        assertTrue(salesAtA.contains("shop-b:last out-of-stock customer 1"), salesAtA.toString());

        // shop-a granted shop-b share-data: shop-b reads, through its own node, exactly the events about its products
        List<JsonObject> seenByB = events(b().http().asAdmin(), "/api/federation/partners/shop-a/events", 4);
        assertEquals(all.stream().filter(e -> e.getJsonArray("parties").getValuesAs(jakarta.json.JsonString::getString).contains("shop-b"))
                .map(e -> e.getString("cursor")).toList(), seenByB.stream().map(e -> e.getString("cursor")).toList());
        assertTrue(seenByB.stream().noneMatch(e -> e.getString("product").equals("mug")), "shop-a's own mug is not shop-b's business");
        assertTrue(seenByB.stream().anyMatch(e -> e.getString("product").equals("scarf")));
        String readToken = token("GET", null, null, false);
        assertEquals("urn:fedmarket:problem:partner-right-missing", Http.to(b().baseUrl()).header("Authorization", readToken)
                .get("/api/events/shared").assertProblem(403).getString("type"), "shop-t holds no share-data from shop-b");

        // shop-b's own feed: the 64 holds for the last ten units were 54 refusals and, with their twins, 10 sales
        List<JsonObject> atB = sales(events(b().http().asAdmin(), "/api/events", 500)).stream()
                .filter(e -> e.getString("sku").equals("last") && e.getString("buyer").equals("shop-t")).toList();
        assertEquals(54, atB.stream().filter(e -> e.getString("outcome").equals("out-of-stock")).count());
        assertEquals(10, atB.stream().filter(e -> e.getString("outcome").equals("sold")).count());

        // a reader that stopped resumes with exactly what happened since
        String next = a().http().asAdmin().get("/api/events?limit=500&after=" + cursors.get(cursors.size() - 1)).assertStatus(200)
                .json().getString("next");
        assertEquals(cursors.get(cursors.size() - 1), next, "nothing new: next stays");
        a().http().asAdmin().postJson("/api/inventory/products/mug/pause", "").assertStatus(200);
        a().http().asAdmin().postJson("/api/inventory/products/scarf/restock", "{\"quantity\":2}").assertStatus(200);
        await("exactly the two changes after the cursor", () -> events(a().http().asAdmin(), "/api/events", next, 500).stream()
                .map(e -> e.getString("product") + " " + e.getJsonObject("data").getString("trigger")).toList(),
                List.of("mug paused", "scarf restock"));

        // a writer that began earlier and commits later is never passed: its event waits for it, and comes first
        String last = events(a().http().asAdmin(), "/api/events", next, 500).get(1).getString("cursor");
        try (var slow = java.sql.DriverManager.getConnection(a().jdbcUrl(), "postgres", "postgres")) {
            slow.setAutoCommit(false);
            slow.createStatement().execute("INSERT INTO platform.market_event (kind, product, parties, at, data)"
                    + " VALUES ('sale', 'slow', '{shop-a}', now(), '{\"outcome\":\"sold\",\"offerId\":\"shop-a:slow\",\"sku\":\"slow\","
                    + "\"seller\":\"shop-a\",\"buyer\":\"shop-b\",\"quantity\":1,\"price\":2.00,\"currency\":\"USD\",\"leftInStock\":0,"
                    + "\"order\":null}')");
            a().http().asAdmin().postJson("/api/inventory/products/mug/restock", "{\"quantity\":1}").assertStatus(200);
            Eventually.pause(Duration.ofSeconds(2));
            assertEquals(List.of(), events(a().http().asAdmin(), "/api/events", last, 500), "the restock waits for the open writer");
            slow.commit();
        }
        await("both, in the order the writers began", () -> events(a().http().asAdmin(), "/api/events", last, 500).stream()
                .map(e -> e.getString("product")).toList(), List.of("slow", "mug"));

        String bulk = IntStream.range(0, 50).mapToObj(i -> "{\"sku\":\"bulk-%02d\",\"name\":\"Bulk %d\",\"description\":\"-\",\"price\":1.00,\"currency\":\"USD\",\"stock\":1}"
                .formatted(i, i)).collect(Collectors.joining(",", "[", "]"));
        a().http().asAdmin().postJson("/api/inventory/products/import", bulk).assertStatus(200);
        await("the bulk import's fifty events", () -> events(a().http().asAdmin(), "/api/events", last, 500).size(), 52);
        try (Browser browser = new Browser(a().baseUrl())) { // shop-a's administrator reads the log, newest first, fifty a page
            browser.open("/admin/events.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            assertEquals(50, browser.count("#events tbody tr.event"));
            assertEquals("bulk-49", browser.text("#events tbody tr:nth-child(1) .product"));
            assertEquals("restock by shop-a — shop-a:bulk-49 1.00 USD ×1 (low-stock)", browser.text("#events tbody tr:nth-child(1) .summary"));
            browser.click("#older");
            assertEquals("mug", browser.text("#events tbody tr:nth-child(1) .product"));
            assertEquals("restock by shop-a — shop-a:mug 8.00 USD ×13 (in-stock, paused)", browser.text("#events tbody tr:nth-child(1) .summary"));
            assertEquals("slow", browser.text("#events tbody tr:nth-child(2) .product"));
        }

        assertEquals("urn:fedmarket:problem:cursor-invalid", a().http().asAdmin().get("/api/events?after=yesterday")
                .assertProblem(422).getString("type"));
        assertEquals("urn:fedmarket:problem:limit-invalid", a().http().asAdmin().get("/api/events?limit=all")
                .assertProblem(422).getString("type"));
    }

    /** Every event of a feed, read in pages of {@code limit}. */
    private static List<JsonObject> events(Http reader, String path, int limit) {
        return events(reader, path, null, limit);
    }

    /** Every event of a feed after cursor {@code from} (null: from the first), read in pages of {@code limit}. */
    private static List<JsonObject> events(Http reader, String path, String from, int limit) {
        List<JsonObject> events = new ArrayList<>();
        String after = from;
        for (int pages = 0; pages < 1000; pages++) {
            String query = "?limit=" + limit + (after == null ? "" : "&after=" + after);
            JsonObject page = reader.get(path + query).assertStatus(200).json();
            List<JsonObject> got = page.getJsonArray("events").getValuesAs(JsonObject.class);
            if (got.isEmpty()) {
                return events;
            }
            events.addAll(got);
            after = page.getString("next");
            assertEquals(got.get(got.size() - 1).getString("cursor"), after);
        }
        throw new AssertionError("the feed at " + path + " does not end");
    }

    private static java.math.BigInteger position(String cursor) {
        String[] parts = cursor.split("-");
        return new java.math.BigInteger(parts[0]).shiftLeft(64).add(new java.math.BigInteger(parts[1]));
    }

    private static JsonObject lastSituation(List<JsonObject> events, String sku) {
        return events.stream().filter(e -> e.getString("type").equals("market-situation") && e.getString("product").equals(sku))
                .reduce((first, second) -> second).orElseThrow().getJsonObject("data");
    }

    private static List<JsonObject> sales(List<JsonObject> events) {
        return events.stream().filter(e -> e.getString("type").equals("sale")).map(e -> e.getJsonObject("data")).toList();
    }

    @Test
    @Order(15)
    void terminationRemovesTheListingsAndRefusesTheCallsAtOnce() {
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipAB + "/termination", "{\"reason\":\"done\"}")
                .assertStatus(200);
        a().http().asAdmin().get("/api/federation/partnerships/" + partnershipAB + "/catalogue").assertProblem(403);
        await("shop-a's listings of shop-b are gone", () -> listingsAtA().keySet().stream().anyMatch(id -> id.startsWith("shop-b:")), false);
        a().http().asAdmin().postJson("/api/federation/purchases", purchase("shop-b:glove", 1)).assertProblem(404);
    }

    @Test
    @Order(16)
    void aCallSignedWithARetiredKeyIsRefused() throws Exception {
        Node hub = cluster.node("x-hub");
        String access = hub.http().send("POST", "/api/hub/sessions", "application/jose", third.sessionAssertion(hub.baseUrl()))
                .assertStatus(200).json().getString("accessToken");
        com.nimbusds.jose.jwk.RSAKey retired = third.key();
        com.nimbusds.jose.jwk.RSAKey current = TestShop.generate();
        String keySet = TestShop.sign("fedmarket-keys+jwt", new JWTClaimsSet.Builder().issuer("shop-t").audience(hub.baseUrl())
                .claim("jwks", new com.nimbusds.jose.jwk.JWKSet(current.toPublicJWK()).toJSONObject()), current);
        hub.http().header("Authorization", "Bearer " + access).send("PUT", "/api/hub/membership/keys", "application/jose", keySet)
                .assertStatus(204);
        Supplier<Integer> readWith = () -> Http.to(b().baseUrl()).header("Authorization", "FedmarketCall " + TestShop.sign(
                "fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer("shop-t").audience("shop-b"), retired)).get("/api/v1/order/p-4").status();
        await("shop-b stops taking the retired key", readWith, 401);
        assertEquals(200, Http.to(b().baseUrl()).header("Authorization", "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                new JWTClaimsSet.Builder().issuer("shop-t").audience("shop-b"), current)).get("/api/v1/order/p-4").status(),
                "the new key works");
        third.useKey(current);
    }

    @Test
    @Order(17)
    void anImportUpdatesExistingProductsInPlace() {
        int before = b().http().asAdmin().get("/api/inventory/products").jsonArray().size();
        assertEquals(1, b().http().asAdmin().postJson("/api/inventory/products/import",
                "[{\"sku\":\"scarf\",\"name\":\"Wool scarf\",\"description\":\"Red, long\",\"price\":20.00,\"currency\":\"EUR\",\"stock\":9}]")
                .assertStatus(200).json().getInt("imported"));
        JsonObject scarf = b().http().asAdmin().get("/api/inventory/products/scarf").assertStatus(200).json();
        assertEquals("Red, long", scarf.getString("description"));
        assertEquals(9, scarf.getInt("stock"), "the import sets the stock");
        assertEquals(before, b().http().asAdmin().get("/api/inventory/products").jsonArray().size(), "no second scarf");

        // a full catalogue read right after an import is never older than the import
        for (int i = 1; i <= 5; i++) {
            b().http().asAdmin().postJson("/api/inventory/products/import", "[{\"sku\":\"scarf\",\"name\":\"Wool scarf\","
                    + "\"description\":\"Red #" + i + "\",\"price\":20.00,\"currency\":\"EUR\",\"stock\":9}]").assertStatus(200);
            Reply full = catalogueAsThird();
            String description = full.jsonArray().stream().map(JsonValue::asJsonObject).filter(p -> p.getString("id").equals("shop-b:scarf"))
                    .findFirst().orElseThrow().getString("description");
            assertEquals("Red #" + i, description, "full answer at revision " + full.header("ETag"));
        }

        // the same answers compressed, for a partner that takes gzip
        String plain = catalogueAsThird().body();
        java.net.http.HttpResponse<byte[]> packed = asThird("/api/v1/products", "gzip");
        assertEquals("gzip", packed.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", packed.headers().firstValue("Vary").orElse(null));
        assertEquals(plain, gunzip(packed.body()));
        assertTrue(packed.body().length < plain.length(), packed.body().length + " bytes packed, " + plain.length() + " plain");
        String delta = gunzip(asThird("/api/v1/products?since=0", "br, gzip;q=0.8").body());
        assertTrue(delta.contains("\"Red #5\""), delta);
        assertEquals(null, asThird("/api/v1/products", "gzip;q=0").headers().firstValue("Content-Encoding").orElse(null));
    }

    /** A catalogue read as the third member with {@code acceptEncoding}, kept as the bytes that came. */
    private static java.net.http.HttpResponse<byte[]> asThird(String pathAndQuery, String acceptEncoding) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var reply = Http.to(b().baseUrl()).header("Authorization", token("GET", null, null, false))
                    .header("Accept-Encoding", acceptEncoding).getBytes(pathAndQuery);
            if (reply.statusCode() != 429) {
                assertEquals(200, reply.statusCode());
                return reply;
            }
            Eventually.pause(Duration.ofSeconds(Long.parseLong(reply.headers().firstValue("Retry-After").orElse("1"))));
        }
        throw new AssertionError("shop-b kept refusing the third member's catalogue reads");
    }

    private static String gunzip(byte[] packed) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("not gzip", e);
        }
    }

    /** shop-b's full catalogue as the third member reads it, waiting out its rate limit (spent by an earlier test). */
    private static Reply catalogueAsThird() {
        for (int attempt = 0; attempt < 5; attempt++) {
            Reply reply = Http.to(b().baseUrl()).header("Authorization", token("GET", null, null, false)).get("/api/v1/products");
            if (reply.status() != 429) {
                return reply.assertStatus(200);
            }
            Eventually.pause(Duration.ofSeconds(Long.parseLong(reply.header("Retry-After"))));
        }
        throw new AssertionError("shop-b kept refusing the third member's catalogue reads");
    }

    @Test
    @Order(18)
    void updatesAndRegistryEventsFromAShopThatHasNoSayAreRefusedAndChangeNothing() {
        JsonObject placed = a().http().asAdmin().get("/api/federation/purchases").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("partner").equals("shop-b") && p.getString("stage").equals("placed")).findFirst().orElseThrow();
        String id = placed.getString("id");
        java.util.function.Supplier<String> state = () -> {
            JsonObject now = a().http().asAdmin().get("/api/federation/purchases/" + id).json();
            return now.getString("partnerStatus", "") + "/" + now.getJsonArray("history").size();
        };
        String before = state.get();
        JWTClaimsSet.Builder update = new JWTClaimsSet.Builder().issuer("shop-t").audience("shop-a").claim("orderId", id)
                .claim("status", "delivered").claim("sequence", 99);
        // a member that is not the order's seller, with its own valid key: the order is not one it can speak of (once
        // shop-a's registry copy has the key shop-t rotated to in an earlier test: it learns it by push or poll)
        await("shop-a knows shop-t's new key", () -> a().http().send("POST", "/api/federation/order-updates", "application/jose",
                TestShop.sign("fedmarket-order-status+jwt", update, third.key())).status(), 404);
        a().http().send("POST", "/api/federation/order-updates", "application/jose",
                TestShop.sign("fedmarket-order-status+jwt", update, third.key())).assertProblem(404);
        // the seller's name with shop-t's key
        a().http().send("POST", "/api/federation/order-updates", "application/jose",
                TestShop.sign("fedmarket-order-status+jwt", update.issuer("shop-b"), third.key())).assertProblem(401);
        // a message of another route's type
        assertEquals("urn:fedmarket:problem:signature-invalid", a().http().send("POST", "/api/federation/order-updates",
                "application/jose", TestShop.sign("fedmarket-partnership+jwt", update.issuer("shop-t"), third.key())).assertProblem(401)
                .getString("type"));
        assertEquals(before, state.get(), "the purchase did not change");

        // a registry event that does not come from the Hub: shop-t's key, and the Hub's name with shop-t's key
        int members = directorySize(a());
        JWTClaimsSet.Builder event = new JWTClaimsSet.Builder().audience("shop-a").claim("version", 1_000_000).claim("event", "left")
                .claim("shopId", "shop-b");
        a().http().send("POST", "/api/federation/inbox", "application/jose",
                TestShop.sign("fedmarket-registry-event+jwt", event.issuer("shop-t"), third.key())).assertProblem(401);
        a().http().send("POST", "/api/federation/inbox", "application/jose",
                TestShop.sign("fedmarket-registry-event+jwt", event.issuer(cluster.node("x-hub").baseUrl()), third.key()))
                .assertProblem(401);
        a().http().send("POST", "/api/federation/inbox", "application/jose",
                TestShop.sign("fedmarket-order-status+jwt", event, third.key())).assertProblem(401);
        assertEquals(members, directorySize(a()), "shop-a's directory did not change");
    }

    @Test
    @Order(19)
    void aSuspendedCallerIsRefused() {
        assertEquals(200, holdAsThird("glove", 1, "before-suspension").status());
        cluster.node("x-hub").http().asAdmin().postJson("/api/hub/admin/members/shop-t/suspension", "").assertStatus(200);
        await("shop-b refuses the suspended member", () -> holdAsThird("glove", 1, "after-" + UUID.randomUUID()).status(), 401);
    }
}
