package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.TestShop;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two shops form, end, restore and deny partnerships directly, with signed messages; the Hub only introduced them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnershipIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("p-hub"),
            shop("shop-a", "p-hub").env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S"),
            shop("shop-b", "p-hub").env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"));

    private static String partnershipId;

    @BeforeAll
    static void bothShopsJoin() {
        Node hub = cluster.node("p-hub");
        for (String shop : List.of("shop-a", "shop-b")) {
            String code = hub.http().asAdmin().postJson("/api/hub/admin/invitations", "{}").assertStatus(201).json().getString("code");
            cluster.node(shop).http().asAdmin().postJson("/api/federation/membership",
                    "{\"invitationCode\":\"" + code + "\"}").assertStatus(200);
        }
        await("shop-a knows shop-b", () -> cluster.node("shop-a").http().asAdmin().send("POST", "/api/federation/membership/sync", null, null)
                .json().getInt("directorySize"), 1);
    }

    private static Node a() {
        return cluster.node("shop-a");
    }

    private static Node b() {
        return cluster.node("shop-b");
    }

    private static JsonObject partnership(Node shop) {
        return shop.http().asAdmin().get("/api/federation/partnerships/" + partnershipId).json();
    }

    private static String status(Node shop) {
        var reply = shop.http().asAdmin().get("/api/federation/partnerships/" + partnershipId);
        return reply.status() == 404 ? "absent" : reply.json().getString("status") + "@" + reply.json().getInt("round");
    }

    private static List<String> list(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString::getString);
    }

    private static <T> void await(String what, Supplier<T> actual, T expected) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        T last = actual.get();
        while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = actual.get();
        }
        assertEquals(expected, last, what);
    }

    @Test
    @Order(1)
    void aRequestReachesThePartnerWithTheSignedRights() {
        JsonObject sent = a().http().asAdmin().postJson("/api/federation/partnerships",
                "{\"partner\":\"shop-b\",\"asked\":[\"sell\",\"earn-commission\",\"share-inventory\"],"
                        + "\"offered\":[\"share-data\"],\"commissionRate\":12.5}").assertStatus(201).json();
        partnershipId = sent.getString("id");
        assertEquals("outgoing", sent.getString("direction"));
        assertEquals("requested", sent.getString("status"));

        await("shop-b's record", () -> status(b()), "requested@1");
        JsonObject received = partnership(b());
        assertEquals("shop-a", received.getString("partner"));
        assertEquals("incoming", received.getString("direction"));
        assertEquals(List.of("earn-commission", "share-inventory", "sell"), list(received, "asked"));
        assertEquals(List.of("share-data"), list(received, "offered"));
        assertEquals(12.5, received.getJsonNumber("commissionRate").doubleValue());
    }

    @Test
    @Order(2)
    void acceptanceMakesItActiveOnBothSidesWithMirroredRights() {
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/acceptance", "").assertStatus(200);
        await("shop-a's record", () -> status(a()), "active@1");
        assertEquals("active@1", status(b()));
        assertEquals(list(partnership(a()), "held"), list(partnership(b()), "granted"));
        assertEquals(list(partnership(a()), "granted"), list(partnership(b()), "held"));
        assertEquals(List.of("earn-commission", "share-inventory", "sell"), list(partnership(a()), "held"));
    }

    @Test
    @Order(3)
    void eitherSideTerminatesAtOnceAndTheHistoryKeepsWhoAndWhy() {
        a().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/termination",
                "{\"reason\":\"season over\"}").assertStatus(200);
        assertEquals("terminated@1", status(a()));
        await("shop-b's record", () -> status(b()), "terminated@1");
        JsonObject last = partnership(b()).getJsonArray("history").stream().map(v -> v.asJsonObject())
                .reduce((first, second) -> second).orElseThrow();
        assertEquals("shop-a", last.getString("actor"));
        assertEquals("terminate", last.getString("action"));
        assertEquals("season over", last.getString("reason"));
        a().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/termination", "{}").assertProblem(409);
    }

    @Test
    @Order(4)
    void aRestoredRequestCanBeDenied() {
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/restoration",
                "{\"asked\":[\"co-promote\"],\"offered\":[]}").assertStatus(200);
        await("shop-a's record", () -> status(a()), "requested@2");
        assertEquals("incoming", partnership(a()).getString("direction"));
        a().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/denial",
                "{\"reason\":\"not now\"}").assertStatus(200);
        await("shop-b's record", () -> status(b()), "denied@2");
    }

    @Test
    @Order(5)
    void aRequestSentWhileThePartnerIsDownArrivesWhenItIsBack() {
        b().stop();
        try {
            a().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/restoration",
                    "{\"asked\":[\"share-inventory\"],\"offered\":[\"share-inventory\"]}").assertStatus(200);
            assertEquals("requested@3", status(a()));
        } finally {
            b().start();
        }
        await("shop-b's record", () -> status(b()), "requested@3");
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/acceptance", "").assertStatus(200);
        await("shop-a's record", () -> status(a()), "active@3");
    }

    @Test
    @Order(6)
    void messagesNotSignedByThePartnersRegisteredKeyAreRefused() {
        TestShop impostor = new TestShop("shop-a");
        try {
            String forged = TestShop.sign("fedmarket-partnership+jwt", new com.nimbusds.jwt.JWTClaimsSet.Builder()
                    .issuer("shop-a").audience("shop-b").claim("partnership", partnershipId)
                    .claim("action", "terminate").claim("round", 3), impostor.key());
            b().http().send("POST", "/api/federation/partnerships/inbox", "application/jose", forged).assertProblem(401);
            assertEquals("active@3", status(b()));
        } finally {
            impostor.close();
        }
    }

    @Test
    @Order(7)
    void aSuspendedPartnersPartnershipsEndAutomatically() {
        cluster.node("p-hub").http().asAdmin().postJson("/api/hub/admin/members/shop-a/suspension", "").assertStatus(200);
        await("shop-b's record", () -> status(b()), "terminated@3");
    }
}
