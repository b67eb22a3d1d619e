package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.FaultyLink;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Purchases at a partner finish by themselves after a fault, without anyone calling retry: a partner that asks to
 * wait (429), a hold that expires before the order, a partner that hangs (shop-b); a link that resets, cuts off,
 * garbles or fails one call in five, and either shop killed with SIGKILL while purchases are under way (shop-c, behind
 * a {@link FaultyLink}). Each ends placed, with exactly one order at the seller, no live hold left and every held unit
 * back in stock or sold.
 */
class PurchaseRecoveryIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Duration AFTER_FAULTS = Duration.ofSeconds(150);
    private static final FaultyLink toC = new FaultyLink(() -> PurchaseRecoveryIT.cluster.node("shop-c").baseUrl());
    private static final String SHIP = "\"shipTo\": {\"name\": \"Ada\", \"line1\": \"1 Way\", \"postalCode\": \"10115\","
            + " \"city\": \"Berlin\", \"country\": \"DE\"}, \"contact\": {\"email\": \"ada@example.org\"}";

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("r-hub"),
            shop("shop-a", "r-hub")
                    .env("FEDMARKET_FEDERATION_PURCHASE_RESUME_INTERVAL", "PT1S")
                    .env("FEDMARKET_FEDERATION_PURCHASE_FIRST_RETRY", "PT1S")
                    .env("FEDMARKET_FEDERATION_PURCHASE_MAX_BACKOFF", "PT4S")
                    .env("FEDMARKET_FEDERATION_PARTNER_BREAKER_PAUSE", "PT2S")
                    .env("FEDMARKET_FEDERATION_PURCHASE_LEASE", "PT10S") // killed mid-attempt: resumed 10 s later
                    .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT1H")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"),
            shop("shop-b", "r-hub")
                    .env("FEDMARKET_INVENTORY_HOLD_DURATION", "PT3S") // expires while the buyer waits out a 429
                    .env("FEDMARKET_INVENTORY_HOLD_SWEEP_INTERVAL", "PT1S")
                    .env("FEDMARKET_RATE_LIMITS_ORDERS", "1/PT8S")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"),
            shop("shop-c", "r-hub")
                    .env("FEDMARKET_NODE_BASE_URL", toC.baseUrl()) // every call to shop-c crosses the faulty link
                    .env("FEDMARKET_INVENTORY_HOLD_DURATION", "PT20S")
                    .env("FEDMARKET_INVENTORY_HOLD_SWEEP_INTERVAL", "PT1S")
                    .env("FEDMARKET_RATE_LIMITS_HOLDS", "6000/PT1M")
                    .env("FEDMARKET_RATE_LIMITS_ORDERS", "6000/PT1M")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"));

    @BeforeAll
    static void shopsBAndCSellThroughShopA() {
        for (String shop : List.of("shop-a", "shop-b", "shop-c")) {
            String code = cluster.node("r-hub").http().asAdmin().postJson("/api/hub/admin/invitations", "{}")
                    .assertStatus(201).json().getString("code");
            cluster.node(shop).http().asAdmin().postJson("/api/federation/membership", "{\"invitationCode\":\"" + code + "\"}")
                    .assertStatus(200);
        }
        await("shop-a knows shop-b and shop-c", () -> directorySize(a()), 2);
        await("shop-b knows shop-a", () -> directorySize(b()), 2);
        await("shop-c knows shop-a", () -> directorySize(c()), 2);
        sells(b(), "mug", 20);
        for (String sku : List.of("cup", "bowl", "plate")) {
            sells(c(), sku, STOCK_AT_C);
        }
    }

    private static final int STOCK_AT_C = 100;

    /** The seller offers {@code sku}, and shop-a lists it after a partnership with the rights to sell it. */
    private static void sells(Node seller, String sku, int stock) {
        seller.http().asAdmin().send("PUT", "/api/inventory/rates", "application/json",
                "{\"asOf\":\"" + LocalDate.now() + "\",\"usdPerUnit\":{\"EUR\":1.10}}").assertStatus(200);
        seller.http().asAdmin().postJson("/api/inventory/products", "{\"sku\": \"" + sku + "\", \"name\": \"" + sku
                + "\", \"price\": 10, \"currency\": \"EUR\", \"stock\": " + stock + "}").assertStatus(201);
        if (a().http().asAdmin().get("/api/federation/partnerships").body().contains("\"" + seller.name() + "\"")) {
            a().http().asAdmin().postJson("/api/federation/feeds/" + seller.name() + "/sync", "");
        } else {
            String partnership = a().http().asAdmin().postJson("/api/federation/partnerships", "{\"partner\": \"" + seller.name()
                    + "\", \"asked\": [\"share-inventory\", \"sell\"], \"offered\": []}").assertStatus(201).json().getString("id");
            await(seller.name() + " has the request", () -> seller.http().asAdmin().get("/api/federation/partnerships/" + partnership)
                    .status(), 200);
            seller.http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
        }
        await("shop-a lists " + seller.name() + "'s " + sku, () -> {
            a().http().asAdmin().postJson("/api/federation/feeds/" + seller.name() + "/sync", "");
            return a().http().asAdmin().get("/api/federation/listings").body().contains(seller.name() + ":" + sku);
        }, true);
    }

    @Test
    void aPurchaseThatMustWaitOutARateLimitAndWhoseHoldExpiresIsPlacedByItself() {
        JsonObject first = buy(1, null).assertStatus(201).json();
        JsonObject second = buy(2, null).assertStatus(201).json(); // one order per 8 s at shop-b: this one must wait
        assertEquals("ordering", second.getString("stage"), "the partner answered 429: " + second);
        assertTrue(second.getString("lastError").contains("rate-limited") || second.getString("lastError").contains("Limit"),
                second.toString());

        JsonObject placed = awaitPlaced(second.getString("id"));
        long holds = placed.getJsonArray("history").stream().filter(step -> step.asJsonObject().getString("status").equals("holding")).count();
        assertTrue(holds >= 2, "held anew after the 3 s hold expired during the 8 s wait: " + placed);
        awaitPlaced(first.getString("id"));
        assertOneOrderAtTheSeller(first.getString("id"), 1);
        assertOneOrderAtTheSeller(second.getString("id"), 2);
    }

    @Test
    void aPurchaseAtAPartnerThatHangsIsPlacedWhenItAnswersAgain() {
        b().freeze();
        JsonObject waiting;
        try {
            waiting = buy(3, null).assertStatus(201).json();
        } finally {
            b().thaw();
        }
        assertEquals("holding", waiting.getString("stage"), "the partner did not answer: " + waiting);
        awaitPlaced(waiting.getString("id"));
        assertOneOrderAtTheSeller(waiting.getString("id"), 3);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstPurchaseAndAnotherPurchaseUnderItIsAConflict() {
        Reply made = buy(1, "checkout-42").assertStatus(201);
        Reply again = buy(1, "checkout-42").assertStatus(200);
        assertEquals(made.json().getString("id"), again.json().getString("id"));
        assertEquals("urn:fedmarket:problem:idempotency-key-reused", buy(2, "checkout-42").assertProblem(409).getString("type"));
        awaitPlaced(made.json().getString("id"));
        assertOneOrderAtTheSeller(made.json().getString("id"), 1);
    }

    @Test
    void purchasesOverALinkThatBreaksOneCallInFiveAreEachPlacedOnce() throws Exception {
        long start = System.nanoTime();
        Map<String, JsonObject> made;
        toC.breakCalls(0.2, "/api/v1/", 20261207);
        try {
            made = buyConcurrently("shop-c:cup", "link", 24, () -> { });
            awaitAllPlaced(made.values(), AFTER_FAULTS);
        } finally {
            toC.heal();
        }
        Map<FaultyLink.Fault, Integer> injected = toC.injected();
        int faults = injected.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(faults >= 5, "the link broke calls: " + injected);
        report("link breaking 20 % of calls " + injected, made, start);
        assertEachPlacedOnceAndNothingHeld("cup", made);
    }

    @Test
    void purchasesUnderWayWhenTheSellerIsKilledArePlacedOnceAfterItComesBack() throws Exception {
        long start = System.nanoTime();
        Map<String, JsonObject> made = buyConcurrently("shop-c:bowl", "seller-killed", 12, () -> {
            c().kill();
            c().start();
        });
        awaitAllPlaced(made.values(), AFTER_FAULTS);
        report("seller killed (SIGKILL) and restarted", made, start);
        assertEachPlacedOnceAndNothingHeld("bowl", made);
    }

    @Test
    void purchasesUnderWayWhenTheBuyerIsKilledArePlacedOnceAfterItComesBack() throws Exception {
        long start = System.nanoTime();
        Map<String, JsonObject> made = buyConcurrently("shop-c:plate", "buyer-killed", 12, () -> {
            c().freeze(); // the purchases under way wait for shop-c's answer when shop-a dies
            try {
                Eventually.await(WITHIN, "a purchase waiting for the frozen seller", () -> toC.waiting() > 0, true);
                a().kill();
            } finally {
                c().thaw();
            }
            a().start();
        });
        awaitAllPlaced(made.values(), AFTER_FAULTS);
        report("buyer killed (SIGKILL) and restarted", made, start);
        assertEachPlacedOnceAndNothingHeld("plate", made);
    }

    /**
     * {@code count} purchases of {@code productId} (1-3 units each) from four threads, each under its own Idempotency-Key;
     * {@code fault} strikes once the first purchases are under way. A request that got no answer is sent again with its
     * key until it is answered, as a client does. The answers by key.
     */
    private static Map<String, JsonObject> buyConcurrently(String productId, String prefix, int count, Runnable fault)
            throws Exception {
        Map<String, JsonObject> made = new ConcurrentHashMap<>();
        ExecutorService buyers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String key = prefix + "-" + i;
                int quantity = 1 + i % 3;
                sent.add(buyers.submit(() -> {
                    Instant deadline = Instant.now().plus(AFTER_FAULTS);
                    while (Instant.now().isBefore(deadline)) {
                        try {
                            Reply answer = buy(productId, quantity, key);
                            if (answer.status() == 200 || answer.status() == 201) {
                                made.put(key, answer.json());
                                return null;
                            }
                            if (answer.status() < 500) {
                                throw new AssertionError(key + ": " + answer.status() + " " + answer.body());
                            }
                        } catch (IllegalStateException noAnswer) {
                            // the buyer is down or cut the connection: send it again with the same key
                        }
                        Thread.sleep(500);
                    }
                    throw new AssertionError(key + " never answered");
                }));
            }
            Eventually.await(WITHIN, "the first purchases under way", () -> made.size() >= 2, true);
            fault.run();
            for (Future<?> each : sent) {
                each.get();
            }
        } finally {
            buyers.shutdownNow();
        }
        return made;
    }

    private static void awaitAllPlaced(java.util.Collection<JsonObject> purchases, Duration within) {
        for (JsonObject purchase : purchases) {
            Eventually.await(within, "purchase " + purchase.getString("id") + " placed without a retry", () -> a().http().asAdmin()
                    .get("/api/federation/purchases/" + purchase.getString("id")).json().getString("stage"), "placed");
        }
    }

    /** Exactly one order per purchase at shop-c, no live hold left for any, and shop-c's stock less exactly what was ordered. */
    private static void assertEachPlacedOnceAndNothingHeld(String sku, Map<String, JsonObject> made) {
        assertEquals(made.size(), made.values().stream().map(p -> p.getString("id")).distinct().count(), "one purchase per key");
        int ordered = 0;
        for (JsonObject purchase : made.values()) {
            assertOneOrderAt(c(), purchase.getString("id"), purchase.getInt("quantity"));
            ordered += purchase.getInt("quantity");
        }
        String held = c().http().asAdmin().get("/api/inventory/holds").body();
        made.values().forEach(p -> assertTrue(!held.contains(p.getString("id")), "a live hold is left for " + p.getString("id")
                + ": " + held));
        assertEquals(STOCK_AT_C - ordered, c().http().asAdmin().get("/api/inventory/products/" + sku).json().getInt("stock"));
    }

    private static void report(String fault, Map<String, JsonObject> made, long startNanos) {
        int attempts = made.values().stream().mapToInt(p -> a().http().asAdmin().get("/api/federation/purchases/" + p.getString("id"))
                .json().getInt("attempts")).sum();
        System.out.printf(java.util.Locale.ROOT, "fault: %s: %d purchases, all placed once within %.0f s, %d unanswered attempts%n",
                fault, made.size(), (System.nanoTime() - startNanos) / 1e9, attempts);
    }

    @AfterAll
    static void everyHeldUnitIsSoldOrBackInStock() {
        toC.close();
        int ordered = b().http().asAdmin().get("/api/inventory/orders").jsonArray().stream()
                .mapToInt(o -> b().http().asAdmin().get("/api/inventory/orders/" + o.asJsonObject().getString("id")).json()
                        .getJsonArray("lines").getJsonObject(0).getInt("quantity")).sum();
        await("shop-b's stock is 20 less what was ordered, no hold left", () -> b().http().asAdmin()
                .get("/api/inventory/products/mug").json().getInt("stock"), 20 - ordered);
    }

    private static Reply buy(int quantity, String idempotencyKey) {
        return buy("shop-b:mug", quantity, idempotencyKey);
    }

    private static Reply buy(String productId, int quantity, String idempotencyKey) {
        var http = a().http().asAdmin();
        if (idempotencyKey != null) {
            http = http.header("Idempotency-Key", idempotencyKey);
        }
        return http.postJson("/api/federation/purchases", "{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + ", "
                + SHIP + "}");
    }

    private static JsonObject awaitPlaced(String purchase) {
        await("purchase " + purchase + " placed without a retry", () -> a().http().asAdmin().get("/api/federation/purchases/" + purchase)
                .json().getString("stage"), "placed");
        return a().http().asAdmin().get("/api/federation/purchases/" + purchase).json();
    }

    /** The seller has exactly one order for this purchase, of this many units. */
    private static void assertOneOrderAtTheSeller(String purchase, int quantity) {
        assertOneOrderAt(b(), purchase, quantity);
    }

    private static void assertOneOrderAt(Node seller, String purchase, int quantity) {
        List<JsonObject> orders = seller.http().asAdmin().get("/api/inventory/orders").jsonArray().stream().map(o -> o.asJsonObject())
                .filter(o -> o.toString().contains(purchase)).toList();
        assertEquals(1, orders.size(), "orders at " + seller.name() + " for purchase " + purchase + ": " + orders);
        JsonObject order = seller.http().asAdmin().get("/api/inventory/orders/" + orders.get(0).getString("id")).assertStatus(200).json();
        assertEquals(purchase, order.getString("orderId"));
        assertEquals(quantity, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    }

    private static int directorySize(Node shop) {
        Reply synced = shop.http().asAdmin().send("POST", "/api/federation/membership/sync", null, null);
        return synced.status() == 200 ? synced.json().getInt("directorySize") : -synced.status();
    }

    private static Node a() {
        return cluster.node("shop-a");
    }

    private static Node b() {
        return cluster.node("shop-b");
    }

    private static Node c() {
        return cluster.node("shop-c");
    }

    private static <T> void await(String what, Supplier<T> actual, T expected) {
        Eventually.await(WITHIN, what, actual, expected);
    }
}
