package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two shops form, end, restore and deny partnerships directly, with signed messages; the Hub only introduced them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnershipIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("p-hub"),
            shop("shop-a", "p-hub").env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S")
                    // a message to a partner that was down goes soon after it is back, and is not given up meanwhile
                    .env("FEDMARKET_OUTBOX_MAX_BACKOFF", "PT2S").env("FEDMARKET_OUTBOX_MAX_ATTEMPTS", "200")
                    .env("FEDMARKET_FEDERATION_PARTNER_BREAKER_PAUSE", "PT2S"),
            shop("shop-b", "p-hub").env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S")
                    .env("FEDMARKET_SAMPLE_CATALOGUE", "true"));

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
        Eventually.await(PROPAGATION, what, actual, expected);
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
    void anAdministratorAcceptsInTheBrowserAndItIsActiveOnBothSidesWithMirroredRights() {
        try (Browser browser = new Browser(b().baseUrl())) {
            browser.open("/admin/federation/partnerships.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            assertEquals("/admin/federation/partnerships.xhtml", browser.path());
            assertEquals("shop-a", browser.text("#incoming\\:requests tbody tr .partner"));
            assertTrue(browser.text("#incoming\\:requests").contains("share-inventory"), browser.text("#incoming"));
            browser.click("#incoming\\:requests\\:0\\:accept");
            assertEquals("Partnership with shop-a is active.", browser.text("#notice"));
            assertEquals("No request is waiting for you.", browser.text("#incoming\\:none-incoming"));
            assertEquals("shop-a", browser.text("#active\\:partnerships tbody tr .partner"));
        }
        await("shop-a's record", () -> status(a()), "active@1");
        assertEquals("active@1", status(b()));
        assertEquals(list(partnership(a()), "held"), list(partnership(b()), "granted"));
        assertEquals(list(partnership(a()), "granted"), list(partnership(b()), "held"));
        assertEquals(List.of("earn-commission", "share-inventory", "sell"), list(partnership(a()), "held"));
    }

    @Test
    @Order(3)
    void aPartnerHoldingShareInventoryReadsTheCatalogueWithASignedCall() {
        var products = a().http().asAdmin().get("/api/federation/partnerships/" + partnershipId + "/catalogue")
                .assertStatus(200).jsonArray();
        assertTrue(products.size() > 0, "shop-b's sample catalogue");
        assertTrue(products.stream().allMatch(p -> p.asJsonObject().getString("id").startsWith("shop-b:")
                && p.asJsonObject().getString("currency").equals("USD")), products.toString());
        // shop-b grants share-inventory to shop-a, not the other way round
        b().http().asAdmin().get("/api/federation/partnerships/" + partnershipId + "/catalogue").assertProblem(403);
    }

    @Test
    @Order(4)
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
        // the right ended with the partnership, at once
        a().http().asAdmin().get("/api/federation/partnerships/" + partnershipId + "/catalogue").assertProblem(403);
    }

    @Test
    @Order(5)
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
    @Order(6)
    void aRequestSentWhileThePartnerIsDownArrivesWhenItIsBack() {
        b().stop();
        try {
            a().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/restoration",
                    "{\"asked\":[\"share-inventory\"],\"offered\":[\"share-inventory\"]}").assertStatus(200);
            assertEquals("requested@3", status(a()));
            // calls to the partner fail fast with 503, and soon its circuit breaker stops trying
            JsonObject down = a().http().asAdmin().get("/api/federation/partnerships/" + partnershipId + "/catalogue")
                    .assertProblem(503);
            assertEquals("urn:fedmarket:problem:partner-unavailable", down.getString("type"));
            await("shop-a's breaker for shop-b", () -> a().http().asAdmin()
                    .get("/api/federation/partnerships/" + partnershipId + "/catalogue").json().getString("detail")
                    .contains("paused"), true);
        } finally {
            b().start();
        }
        await("shop-b's record", () -> status(b()), "requested@3");
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnershipId + "/acceptance", "").assertStatus(200);
        await("shop-a's record", () -> status(a()), "active@3");
        await("shop-a reads shop-b's catalogue again", () -> a().http().asAdmin()
                .get("/api/federation/partnerships/" + partnershipId + "/catalogue").status(), 200);
    }

    @Test
    @Order(7)
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
    @Order(8)
    void partnerCallsWithoutValidProofOrRightAreRefused() throws Exception {
        Node hub = cluster.node("p-hub");
        try (TestShop member = new TestShop("intruder"); TestShop stranger = new TestShop("stranger")) {
            String code = hub.http().asAdmin().postJson("/api/hub/admin/invitations", "{}").json().getString("code");
            hub.http().send("POST", "/api/hub/applications", "application/jose", member.joinRequest(hub.baseUrl(), code))
                    .assertStatus(201);
            await("shop-b knows the intruder", () -> b().http().asAdmin().get("/api/federation/directory").jsonArray().stream()
                    .anyMatch(m -> m.asJsonObject().getString("id").equals("intruder")), true);

            java.util.function.BiFunction<com.nimbusds.jwt.JWTClaimsSet.Builder, com.nimbusds.jose.jwk.RSAKey, Integer> call =
                    (claims, key) -> b().http().header("Authorization", "FedmarketCall "
                            + TestShop.sign("fedmarket-call+jwt", claims, key)).get("/api/v1/products").status();
            java.util.function.Supplier<com.nimbusds.jwt.JWTClaimsSet.Builder> valid =
                    () -> new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("intruder").audience("shop-b");

            assertEquals(403, call.apply(valid.get(), member.key()), "a member without share-inventory");
            var problem = b().http().header("Authorization", "FedmarketCall "
                    + TestShop.sign("fedmarket-call+jwt", valid.get(), member.key())).get("/api/v1/products").assertProblem(403);
            assertTrue(problem.getString("detail").contains("share-inventory"), problem.toString());
            assertEquals(401, b().http().get("/api/v1/products").assertProblem(401).getInt("status"), "no token");
            assertEquals(401, call.apply(valid.get(), TestShop.generate()), "signed with a key the registry does not have");
            assertEquals(401, call.apply(valid.get().audience("shop-a"), member.key()), "meant for another shop");
            assertEquals(401, call.apply(new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("stranger").audience("shop-b"),
                    stranger.key()), "not a member");
            String expired = signExpired(valid.get(), member.key());
            assertEquals(401, b().http().header("Authorization", "FedmarketCall " + expired).get("/api/v1/products").status(),
                    "expired");
            assertEquals(401, b().http().header("Authorization", "Bearer " + TestShop.sign("fedmarket-call+jwt", valid.get(),
                    member.key())).get("/api/v1/products").status(), "not the partner-call scheme");
        }
    }

    private static String signExpired(com.nimbusds.jwt.JWTClaimsSet.Builder claims, com.nimbusds.jose.jwk.RSAKey key)
            throws com.nimbusds.jose.JOSEException {
        Instant past = Instant.now().minusSeconds(300);
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(
                com.nimbusds.jose.JWSAlgorithm.RS256).type(new com.nimbusds.jose.JOSEObjectType("fedmarket-call+jwt"))
                .keyID(key.getKeyID()).build(), claims.jwtID("old").issueTime(java.util.Date.from(past))
                .expirationTime(java.util.Date.from(past.plusSeconds(30))).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    @Order(9)
    void aThirdShopCannotTouchAPartnershipAndRepeatedStaleOrSelfAnsweredMessagesChangeNothing() {
        Node hub = cluster.node("p-hub");
        try (TestShop meddler = new TestShop("meddler")) {
            String code = hub.http().asAdmin().postJson("/api/hub/admin/invitations", "{}").json().getString("code");
            hub.http().send("POST", "/api/hub/applications", "application/jose", meddler.joinRequest(hub.baseUrl(), code))
                    .assertStatus(201);
            await("shop-b knows the meddler", () -> b().http().asAdmin().get("/api/federation/directory").jsonArray().stream()
                    .anyMatch(m -> m.asJsonObject().getString("id").equals("meddler")), true);
            java.util.function.Function<String, Reply> send = jws -> b().http().send("POST", "/api/federation/partnerships/inbox",
                    "application/jose", jws);
            java.util.function.BiFunction<String, Integer, com.nimbusds.jwt.JWTClaimsSet.Builder> message = (action, round) ->
                    new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("meddler").audience("shop-b").claim("action", action)
                            .claim("round", round).claim("asked", List.of("share-inventory")).claim("offered", List.of());

            // a member ends, or answers for, a partnership between two other shops
            for (String action : List.of("terminate", "accept", "deny")) {
                assertEquals("urn:fedmarket:problem:partnership-not-yours", send.apply(TestShop.sign("fedmarket-partnership+jwt",
                        message.apply(action, 3).claim("partnership", partnershipId), meddler.key())).assertProblem(409).getString("type"));
            }
            assertEquals("active@3", status(b()));
            // a message of another route's type at the partnership inbox
            send.apply(TestShop.sign("fedmarket-order-status+jwt", message.apply("terminate", 3).claim("partnership", partnershipId),
                    meddler.key())).assertProblem(401);
            assertEquals("active@3", status(b()));

            // its own partnership: a request, an answer to its own request (ignored), a withdrawal, a replay, a stale round
            String own = java.util.UUID.randomUUID().toString();
            java.util.function.Supplier<String> ownStatus = () -> {
                JsonObject p = b().http().asAdmin().get("/api/federation/partnerships/" + own).json();
                return p.getString("status") + "@" + p.getInt("round") + "/" + p.getJsonArray("history").size();
            };
            String request = TestShop.sign("fedmarket-partnership+jwt", message.apply("request", 1).claim("partnership", own), meddler.key());
            send.apply(request).assertStatus(202);
            assertEquals("requested@1/1", ownStatus.get());
            send.apply(TestShop.sign("fedmarket-partnership+jwt", message.apply("accept", 1).claim("partnership", own), meddler.key()))
                    .assertStatus(202);
            assertEquals("requested@1/1", ownStatus.get(), "a shop cannot accept its own request");
            send.apply(TestShop.sign("fedmarket-partnership+jwt", message.apply("withdraw", 1).claim("partnership", own), meddler.key()))
                    .assertStatus(202);
            assertEquals("withdrawn@1/2", ownStatus.get());
            send.apply(request).assertStatus(202);
            assertEquals("withdrawn@1/2", ownStatus.get(), "the same message again is acknowledged and ignored");
            send.apply(TestShop.sign("fedmarket-partnership+jwt", message.apply("request", 1).claim("partnership", own), meddler.key()))
                    .assertStatus(202);
            assertEquals("withdrawn@1/2", ownStatus.get(), "a request of a round that was already asked");
            b().http().asAdmin().postJson("/api/federation/partnerships/" + own + "/acceptance", "").assertProblem(409);
            send.apply(TestShop.sign("fedmarket-partnership+jwt", message.apply("request", 2).claim("partnership", own), meddler.key()))
                    .assertStatus(202);
            assertEquals("requested@2/3", ownStatus.get(), "a new round opens a new request");
        }
    }

    @Test
    @Order(10)
    void aSuspendedPartnersPartnershipsEndAutomatically() {
        cluster.node("p-hub").http().asAdmin().postJson("/api/hub/admin/members/shop-a/suspension", "").assertStatus(200);
        await("shop-b's record", () -> status(b()), "terminated@3");
    }
}
