package it.org.fedmarket;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import it.org.fedmarket.support.TestShop;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.fedmarket.devtools.BenchFederation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static it.org.fedmarket.support.NodeSpec.node;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange's rules, each on products of its own so the tests run in any order: orders taken whole or not at all,
 * holds that only their partner can use, the Idempotency-Key, totals, the delta's removals and a buyer that fetches
 * everything again after {@code since-invalid}, a rate change repricing a buyer's listings, every rate-limit family,
 * API-token scopes, webhooks filtered by event with their own audience, and the append-only event log. The seller
 * is also the Hub ("solo"); partners are written from FEDERATION.md (TestShop), the buyer is a real node.
 */
class ExchangeRulesIT {

    private static final Duration WITHIN = Duration.ofSeconds(40);
    private static final String SHIP = "\"shipTo\":{\"name\":\"Ada\",\"line1\":\"1 Way\",\"postalCode\":\"10115\",\"city\":\"Berlin\","
            + "\"country\":\"DE\"},\"contact\":{\"email\":\"ada@example.org\"}";
    private static final int LIMIT = 15;

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            node("solo").modules("hub,federation,inventory")
                    .env("FEDMARKET_RATE_LIMITS_HOLDS", LIMIT + "/PT1H")
                    .env("FEDMARKET_RATE_LIMITS_ORDERS", LIMIT + "/PT1H")
                    .env("FEDMARKET_RATE_LIMITS_EVENTS", LIMIT + "/PT1H")
                    .env("FEDMARKET_RATE_LIMITS_CATALOGUE_WRITES", "40/PT1H")
                    .env("FEDMARKET_OUTBOX_INTERVAL", "PT1S")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"),
            shop("buyer", "solo")
                    .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT1H") // synced when a test says so
                    .env("FEDMARKET_FEDERATION_CATALOGUE_NOTICES", "false") // the tests count polls: no notice starts one
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"));

    private static final TestShop t = new TestShop("partner-t");
    private static final TestShop u = new TestShop("partner-u");
    private static final TestShop flooder = new TestShop("flooder");

    @BeforeAll
    static void partnersJoinAndTheSellerStocksUp() throws Exception {
        BenchFederation.join(solo(), solo());
        BenchFederation.join(solo(), buyer());
        for (TestShop partner : List.of(t, u, flooder)) {
            BenchFederation.join(solo(), partner);
            BenchFederation.grant(solo(), partner, List.of("share-inventory", "sell", "share-data"));
        }
        rates("1.30");
        for (String sku : List.of("multi-a", "held", "idem", "total", "gone", "hooked")) {
            product(sku, "10", "EUR", 10);
        }
        product("multi-b", "10", "EUR", 1);
        product("bulk", "1", "EUR", 100_000);
        product("knob", "1", "EUR", 1);
        product("priced", "10", "GBP", 10);

        Eventually.await(WITHIN, "the buyer knows the seller", () -> buyer().http().asAdmin().get("/api/federation/directory").body()
                .contains("\"solo\""), true);
        String partnership = buyer().http().asAdmin().postJson("/api/federation/partnerships",
                "{\"partner\":\"solo\",\"asked\":[\"share-inventory\",\"sell\"],\"offered\":[]}").assertStatus(201).json().getString("id");
        Eventually.await(WITHIN, "the seller has the request", () -> solo().http().asAdmin().get("/api/federation/partnerships/"
                + partnership).status(), 200);
        solo().http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
        Eventually.await(WITHIN, "the buyer lists the seller's products", () -> {
            buyer().http().asAdmin().postJson("/api/federation/feeds/solo/sync", "");
            return buyer().http().asAdmin().get("/api/federation/listings").body().contains("solo:priced");
        }, true);
    }

    @AfterAll
    static void closePartners() {
        List.of(t, u, flooder).forEach(TestShop::close);
    }

    @Test
    void anOrderIsTakenWholeOrNotAtAll() {
        Reply refused = order(t, "t-multi", null, line("multi-a", 2, null, "11.00") + "," + line("multi-b", 5, null, "11.00"));
        assertEquals("urn:fedmarket:problem:not-enough-stock", refused.assertProblem(409).getString("type"));
        assertEquals(10, stock("multi-a"), "the line that could be served took nothing");
        assertEquals(1, stock("multi-b"));
        read(t, "/api/v1/order/t-multi").assertProblem(404);
    }

    @Test
    void aHoldServesOnlyThePartnerThatMadeIt() {
        String holdId = hold(u, "held", 3, "u-cart").assertStatus(200).json().getString("holdId");
        assertEquals("urn:fedmarket:problem:hold-unknown", order(t, "t-steal", null, line("held", 3, holdId, "11.00"))
                .assertProblem(422).getString("type"));
        assertEquals(7, stock("held"), "u's hold keeps its units");
        assertEquals("urn:fedmarket:problem:quantity-invalid", holdAt(u, "/api/v1/product/solo:held?quantity=1&quantity=2&reference=u-q")
                .assertProblem(422).getString("type"), "quantity given twice");
        assertEquals("urn:fedmarket:problem:reference-invalid", holdAt(u, "/api/v1/product/solo:held?quantity=1&reference=a&reference=b")
                .assertProblem(422).getString("type"), "reference given twice");
        assertEquals(7, stock("held"), "refused holds take nothing");
        try (Browser browser = new Browser(solo().baseUrl())) { // the seller's administrator sees who holds what
            browser.open("/admin/inventory/");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            String row = "#hold-" + holdId;
            assertEquals(u.shopId(), browser.text(row + " .partner"));
            assertEquals("3", browser.text(row + " .quantity"));
            assertTrue(browser.text(row).contains("u-cart"), browser.text(row));
        }
        order(u, "u-own", null, line("held", 3, holdId, "11.00")).assertStatus(201);
        assertEquals(7, stock("held"), "u's order took the held units, no more");
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstOrderAndCannotNameAnother() {
        JsonObject first = order(t, "t-idem-1", "key-1", line("idem", 2, null, "11.00")).assertStatus(201).json();
        JsonObject again = order(t, "t-idem-1", "key-1", line("idem", 2, null, "11.00")).assertStatus(200).json();
        assertEquals(first.getString("id"), again.getString("id"));
        assertEquals("urn:fedmarket:problem:order-id-reused", order(t, "t-idem-2", "key-1", line("idem", 1, null, "11.00"))
                .assertProblem(409).getString("type"));
        assertEquals(8, stock("idem"), "one order of two");
        read(t, "/api/v1/order/t-idem-2").assertProblem(404);
    }

    @Test
    void aTotalThatIsNotTheSumOfTheLinesIsRefused() {
        String body = "{\"orderId\":\"t-total\",\"currency\":\"USD\",\"total\":12.00,\"lines\":[" + line("total", 1, null, "11.00")
                + "]," + SHIP + "}";
        assertEquals("urn:fedmarket:problem:total-mismatch", sendOrder(t, body, null).assertProblem(422).getString("type"));
        assertEquals(10, stock("total"));
    }

    @Test
    void aDeletedProductIsReportedRemovedAndABuyerAheadOfTheSellerFetchesEverythingAgain() throws SQLException {
        long revision = Long.parseLong(read(t, "/api/v1/products").assertStatus(200).header("Fedmarket-Catalogue-Revision"));
        solo().http().asAdmin().send("DELETE", "/api/inventory/products/gone", null, null).assertStatus(204);
        JsonObject delta = read(t, "/api/v1/products?since=" + revision).assertStatus(200).json();
        assertTrue(delta.getJsonArray("removed").getValuesAs(jakarta.json.JsonString::getString).contains("solo:gone"), delta.toString());
        assertEquals("urn:fedmarket:problem:since-invalid", read(t, "/api/v1/products?since=" + (revision + 1000))
                .assertProblem(422).getString("type"));

        // the buyer believes it is far ahead (the seller's database was restored, say): its next sync fetches everything
        sql(buyer(), "UPDATE federation.partner_feed SET revision = revision + 1000000, etag = NULL WHERE partner = 'solo'");
        JsonObject feed = buyer().http().asAdmin().postJson("/api/federation/feeds/solo/sync", "").assertStatus(200).json();
        assertEquals("full", feed.getString("lastOutcome"), feed.toString());
        String listings = buyer().http().asAdmin().get("/api/federation/listings").body();
        assertTrue(listings.contains("solo:idem") && !listings.contains("solo:gone"), listings);
    }

    @Test
    void aRateChangeRepricesTheBuyersListings() {
        assertEquals(new BigDecimal("13.00"), listingPrice("solo:priced"));
        rates("1.45");
        buyer().http().asAdmin().postJson("/api/federation/feeds/solo/sync", "").assertStatus(200);
        assertEquals(new BigDecimal("14.50"), listingPrice("solo:priced"), "10 GBP at the seller's new rate");
        assertEquals(new BigDecimal("11.00"), listingPrice("solo:idem"), "other currencies keep their price");
    }

    @Test
    void everyRateLimitFamilyRefusesACallerBeyondItsLimitAndOnlyThatCaller() {
        assertRefusedAfterTheLimit("holds", i -> hold(flooder, "bulk", 1, "f-" + i), 200);
        assertRefusedAfterTheLimit("orders", i -> order(flooder, "f-order-" + i, null, line("bulk", 1, null, "1.10")), 201);
        assertRefusedAfterTheLimit("events", i -> read(flooder, "/api/events/shared"), 200);
        hold(t, "bulk", 1, "t-after-flood").assertStatus(200); // another partner is served

        String token = apiToken("knob-turner", "catalogue-write");
        Http bot = Http.to(solo().baseUrl()).header("Authorization", "Token " + token);
        int served = 0;
        Reply refused = null;
        for (int i = 0; i < 41 && refused == null; i++) {
            Reply reply = bot.postJson("/api/inventory/products/knob/" + (i % 2 == 0 ? "pause" : "resume"), "");
            if (reply.status() == 429) {
                refused = reply;
            } else {
                reply.assertStatus(200);
                served++;
            }
        }
        assertEquals(40, served, "catalogue-writes: 40 an hour");
        assertEquals("catalogue-writes", refused.assertProblem(429).getString("limit"));
        product("knob-2", "1", "EUR", 1); // the administrator's own bucket is untouched
    }

    @Test
    void apiTokensReachOnlyTheirScopes() {
        Http writer = Http.to(solo().baseUrl()).header("Authorization", "Token " + apiToken("writer", "catalogue-write"));
        Http stocker = Http.to(solo().baseUrl()).header("Authorization", "Token " + apiToken("stocker", "stock"));
        Http clerk = Http.to(solo().baseUrl()).header("Authorization", "Token " + apiToken("clerk", "orders"));
        Http analyst = Http.to(solo().baseUrl()).header("Authorization", "Token " + apiToken("analyst", "events"));

        writer.postJson("/api/inventory/products", "{\"sku\":\"scoped\",\"name\":\"Scoped\",\"price\":1,\"currency\":\"EUR\",\"stock\":1}")
                .assertStatus(201);
        writer.postJson("/api/inventory/products/scoped/restock", "{\"quantity\":1}").assertProblem(403);
        writer.get("/api/inventory/orders").assertProblem(403);
        stocker.postJson("/api/inventory/products/scoped/restock", "{\"quantity\":2}").assertStatus(200);
        stocker.postJson("/api/inventory/products/scoped/pause", "").assertProblem(403);
        stocker.get("/api/events").assertProblem(403);
        clerk.get("/api/inventory/orders").assertStatus(200);
        clerk.postJson("/api/inventory/products", "{\"sku\":\"clerk\",\"name\":\"C\",\"price\":1,\"currency\":\"EUR\",\"stock\":1}")
                .assertProblem(403);
        analyst.get("/api/events").assertStatus(200);
        analyst.get("/api/inventory/orders").assertProblem(403);
        for (Http token : List.of(writer, stocker, clerk, analyst)) {
            token.get("/api/admin/tokens").assertProblem(403);
            token.get("/api/federation/partnerships").assertProblem(403);
        }
        assertEquals(3, stock("scoped"));
    }

    @Test
    void eachWebhookGetsOnlyItsEventsAddressedToItself() throws Exception {
        List<String> sales = new CopyOnWriteArrayList<>();
        List<String> statuses = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/sales", exchange -> {
            sales.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/statuses", exchange -> {
            statuses.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String base = "http://localhost:" + receiver.getAddress().getPort();
            solo().http().asAdmin().postJson("/api/admin/webhooks", "{\"url\":\"" + base + "/sales\",\"events\":[\"sale\"]}").assertStatus(201);
            solo().http().asAdmin().postJson("/api/admin/webhooks", "{\"url\":\"" + base + "/statuses\",\"events\":[\"order-status\"]}")
                    .assertStatus(201);
            String orderId = order(t, "t-hooked", null, line("hooked", 1, null, "11.00")).assertStatus(201).json().getString("id");
            solo().http().asAdmin().postJson("/api/inventory/orders/" + orderId + "/status", "{\"status\":\"shipped\",\"tracking\":\"TRK-1\"}")
                    .assertStatus(200);

            Supplier<List<JWTClaimsSet>> saleEvents = () -> about("t-hooked", sales);
            Supplier<List<JWTClaimsSet>> statusEvents = () -> about("t-hooked", statuses);
            Eventually.await(WITHIN, "the shipment reached the status webhook", () -> statusEvents.get().stream()
                    .anyMatch(c -> "shipped".equals(data(c).get("status"))), true);
            Eventually.await(WITHIN, "the sale reached the sale webhook", () -> saleEvents.get().size(), 1);
            assertTrue(saleEvents.get().stream().allMatch(c -> claim(c, "event").equals("sale") && c.getAudience().equals(List.of(base + "/sales"))),
                    "sales only, addressed to the sale webhook");
            assertTrue(statusEvents.get().stream().allMatch(c -> claim(c, "event").equals("order-status")
                    && c.getAudience().equals(List.of(base + "/statuses"))), "statuses only, addressed to the status webhook");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theMarketEventLogCannotBeChangedOrDeletedEvenInSql() {
        SQLException changed = assertThrows(SQLException.class, () -> sql(solo(), "UPDATE platform.market_event SET kind = kind"));
        assertTrue(changed.getMessage().contains("append-only"), changed.getMessage());
        SQLException deleted = assertThrows(SQLException.class, () -> sql(solo(), "DELETE FROM platform.market_event"));
        assertTrue(deleted.getMessage().contains("append-only"), deleted.getMessage());
        assertTrue(solo().http().asAdmin().get("/api/events").json().getJsonArray("events").size() > 0, "the events are all there");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static Node solo() {
        return cluster.node("solo");
    }

    private static Node buyer() {
        return cluster.node("buyer");
    }

    private static void rates(String gbp) {
        solo().http().asAdmin().send("PUT", "/api/inventory/rates", "application/json", "{\"asOf\":\"" + LocalDate.now()
                + "\",\"usdPerUnit\":{\"EUR\":1.10,\"GBP\":" + gbp + "}}").assertStatus(200);
    }

    private static void product(String sku, String price, String currency, int stock) {
        solo().http().asAdmin().postJson("/api/inventory/products", "{\"sku\":\"" + sku + "\",\"name\":\"" + sku + "\",\"price\":" + price
                + ",\"currency\":\"" + currency + "\",\"stock\":" + stock + "}").assertStatus(201);
    }

    private static int stock(String sku) {
        return solo().http().asAdmin().get("/api/inventory/products/" + sku).assertStatus(200).json().getInt("stock");
    }

    private static BigDecimal listingPrice(String productId) {
        return buyer().http().asAdmin().get("/api/federation/listings").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("id").equals(productId)).findFirst().orElseThrow()
                .getJsonNumber("partnerPrice").bigDecimalValue();
    }

    private static String apiToken(String name, String scope) {
        return solo().http().asAdmin().postJson("/api/admin/tokens", "{\"name\":\"" + name + "\",\"scopes\":[\"" + scope + "\"]}")
                .assertStatus(201).json().getString("token");
    }

    private static void assertRefusedAfterTheLimit(String limit, java.util.function.IntFunction<Reply> call, int servedStatus) {
        for (int i = 0; i < LIMIT; i++) {
            call.apply(i).assertStatus(servedStatus);
        }
        Reply refused = call.apply(LIMIT);
        JsonObject problem = refused.assertProblem(429);
        assertEquals(limit, problem.getString("limit"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
    }

    private static String line(String sku, int quantity, String holdId, String unitPrice) {
        return "{\"productId\":\"solo:" + sku + "\",\"quantity\":" + quantity + (holdId == null ? "" : ",\"holdId\":\"" + holdId + "\"")
                + ",\"unitPrice\":" + unitPrice + "}";
    }

    private static Reply order(TestShop partner, String orderId, String idempotencyKey, String lines) {
        return sendOrder(partner, "{\"orderId\":\"" + orderId + "\",\"currency\":\"USD\",\"lines\":[" + lines + "]," + SHIP + "}",
                idempotencyKey);
    }

    private static Reply sendOrder(TestShop partner, String body, String idempotencyKey) {
        Http http = Http.to(solo().baseUrl()).header("Authorization", token(partner, "POST", "/api/v1/order",
                body.getBytes(StandardCharsets.UTF_8)));
        if (idempotencyKey != null) {
            http = http.header("Idempotency-Key", idempotencyKey);
        }
        return http.send("POST", "/api/v1/order", "application/json", body);
    }

    private static Reply hold(TestShop partner, String sku, int quantity, String reference) {
        return holdAt(partner, "/api/v1/product/solo:" + sku + "?quantity=" + quantity + "&reference=" + reference);
    }

    private static Reply holdAt(TestShop partner, String path) {
        return Http.to(solo().baseUrl()).header("Authorization", token(partner, "GET", path, new byte[0])).get(path);
    }

    private static Reply read(TestShop partner, String path) {
        return Http.to(solo().baseUrl()).header("Authorization", "FedmarketCall " + TestShop.sign("fedmarket-call+jwt",
                new JWTClaimsSet.Builder().issuer(partner.shopId()).audience("solo"), partner.key())).get(path);
    }

    /** A token bound to its request, as FEDERATION.md describes for holds and orders. */
    private static String token(TestShop partner, String method, String pathAndQuery, byte[] body) {
        try {
            String hash = Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(body)).toString();
            return "FedmarketCall " + TestShop.sign("fedmarket-call+jwt", new JWTClaimsSet.Builder().issuer(partner.shopId())
                    .audience("solo").claim("htm", method).claim("htu", pathAndQuery).claim("bh", hash), partner.key());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verified claims of the webhook messages about one partner order (signatures checked with the seller's JWKS). */
    private static List<JWTClaimsSet> about(String partnerOrderId, List<String> received) {
        try {
            JWKSet keys = JWKSet.parse(solo().http().get("/api/node/jwks").body());
            List<JWTClaimsSet> claims = new java.util.ArrayList<>();
            for (String message : received) {
                SignedJWT jwt = SignedJWT.parse(message);
                assertTrue(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID()))), "signed by the seller");
                if (partnerOrderId.equals(data(jwt.getJWTClaimsSet()).get("partnerOrderId"))) {
                    claims.add(jwt.getJWTClaimsSet());
                }
            }
            return claims;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> data(JWTClaimsSet claims) {
        try {
            return claims.getJSONObjectClaim("data");
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claim(JWTClaimsSet claims, String name) {
        return String.valueOf(claims.getClaim(name));
    }

    private static void sql(Node node, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(node.jdbcUrl(), "postgres", "postgres"); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
