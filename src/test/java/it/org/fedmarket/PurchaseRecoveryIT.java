package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Purchases at a partner finish by themselves after a fault, without anyone calling retry: a partner that asks to
 * wait (429), a hold that expires before the order, a partner that hangs. Each ends placed, with exactly one order
 * at the seller and every held unit back in stock or sold.
 */
class PurchaseRecoveryIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
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
                    .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT1H")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"),
            shop("shop-b", "r-hub")
                    .env("FEDMARKET_INVENTORY_HOLD_DURATION", "PT3S") // expires while the buyer waits out a 429
                    .env("FEDMARKET_INVENTORY_HOLD_SWEEP_INTERVAL", "PT1S")
                    .env("FEDMARKET_RATE_LIMITS_ORDERS", "1/PT8S")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"));

    @BeforeAll
    static void shopBSellsThroughShopA() {
        for (String shop : List.of("shop-a", "shop-b")) {
            String code = cluster.node("r-hub").http().asAdmin().postJson("/api/hub/admin/invitations", "{}")
                    .assertStatus(201).json().getString("code");
            cluster.node(shop).http().asAdmin().postJson("/api/federation/membership", "{\"invitationCode\":\"" + code + "\"}")
                    .assertStatus(200);
        }
        await("shop-a knows shop-b", () -> directorySize(a()), 1);
        await("shop-b knows shop-a", () -> directorySize(b()), 1);
        b().http().asAdmin().send("PUT", "/api/inventory/rates", "application/json",
                "{\"asOf\":\"" + LocalDate.now() + "\",\"usdPerUnit\":{\"EUR\":1.10}}").assertStatus(200);
        b().http().asAdmin().postJson("/api/inventory/products", "{\"sku\": \"mug\", \"name\": \"Mug\", \"price\": 10,"
                + " \"currency\": \"EUR\", \"stock\": 20}").assertStatus(201);
        String partnership = a().http().asAdmin().postJson("/api/federation/partnerships",
                "{\"partner\": \"shop-b\", \"asked\": [\"share-inventory\", \"sell\"], \"offered\": []}").assertStatus(201)
                .json().getString("id");
        await("shop-b has the request", () -> b().http().asAdmin().get("/api/federation/partnerships/" + partnership).status(), 200);
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
        await("shop-a lists shop-b's mug", () -> {
            a().http().asAdmin().postJson("/api/federation/feeds/shop-b/sync", "");
            return a().http().asAdmin().get("/api/federation/listings").body().contains("shop-b:mug");
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

    @AfterAll
    static void everyHeldUnitIsSoldOrBackInStock() {
        int ordered = b().http().asAdmin().get("/api/inventory/orders").jsonArray().stream()
                .mapToInt(o -> b().http().asAdmin().get("/api/inventory/orders/" + o.asJsonObject().getString("id")).json()
                        .getJsonArray("lines").getJsonObject(0).getInt("quantity")).sum();
        await("shop-b's stock is 20 less what was ordered, no hold left", () -> b().http().asAdmin()
                .get("/api/inventory/products/mug").json().getInt("stock"), 20 - ordered);
    }

    private static Reply buy(int quantity, String idempotencyKey) {
        var http = a().http().asAdmin();
        if (idempotencyKey != null) {
            http = http.header("Idempotency-Key", idempotencyKey);
        }
        return http.postJson("/api/federation/purchases", "{\"productId\": \"shop-b:mug\", \"quantity\": " + quantity + ", " + SHIP + "}");
    }

    private static JsonObject awaitPlaced(String purchase) {
        await("purchase " + purchase + " placed without a retry", () -> a().http().asAdmin().get("/api/federation/purchases/" + purchase)
                .json().getString("stage"), "placed");
        return a().http().asAdmin().get("/api/federation/purchases/" + purchase).json();
    }

    /** The seller has exactly one order for this purchase, of this many units. */
    private static void assertOneOrderAtTheSeller(String purchase, int quantity) {
        List<JsonObject> orders = b().http().asAdmin().get("/api/inventory/orders").jsonArray().stream().map(o -> o.asJsonObject())
                .filter(o -> o.toString().contains(purchase)).toList();
        assertEquals(1, orders.size(), "orders at shop-b for purchase " + purchase + ": " + orders);
        JsonObject order = b().http().asAdmin().get("/api/inventory/orders/" + orders.get(0).getString("id")).assertStatus(200).json();
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

    private static <T> void await(String what, Supplier<T> actual, T expected) {
        Eventually.await(WITHIN, what, actual, expected);
    }
}
