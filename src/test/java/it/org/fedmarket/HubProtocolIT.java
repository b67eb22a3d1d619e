package it.org.fedmarket;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import it.org.fedmarket.support.TestShop;
import it.org.fedmarket.support.TestShop.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import it.org.fedmarket.support.NodeSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Hub against shops that misbehave: each test is a shop written from FEDERATION.md (a real
 * HTTP server with its own key) talking to a real Hub.
 */
class HubProtocolIT {

    private static final String JOSE = "application/jose";

    @RegisterExtension
    static final Cluster cluster = Cluster.of(NodeSpec.hub("proto-hub"),
            NodeSpec.hub("strict-hub").env("FEDMARKET_HUB_ALLOW_PRIVATE_MEMBER_URLS", "false"));

    private static final List<TestShop> shops = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterAll
    static void closeShops() {
        shops.forEach(TestShop::close);
    }

    private static Node hub() {
        return cluster.node("proto-hub");
    }

    private static TestShop shop(String id) {
        TestShop shop = new TestShop(id);
        shops.add(shop);
        return shop;
    }

    private static String invitation(String validFor) {
        return hub().http().asAdmin().postJson("/api/hub/admin/invitations", "{\"validFor\":\"" + validFor + "\"}")
                .assertStatus(201).json().getString("code");
    }

    private static Reply apply(String jws) {
        return hub().http().send("POST", "/api/hub/applications", JOSE, jws);
    }

    private static JsonObject joined(TestShop shop) {
        JsonObject outcome = apply(shop.joinRequest(hub().baseUrl(), invitation("PT1H"))).assertStatus(201).json();
        assertEquals("active", outcome.getString("status"));
        return outcome.getJsonObject("tokens");
    }

    private static Http withToken(String accessToken) {
        return hub().http().header("Authorization", "Bearer " + accessToken);
    }

    private static Reply refresh(String refreshToken) {
        return hub().http().postJson("/api/hub/tokens", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    private static void assertType(String type, JsonObject problem) {
        assertEquals("urn:fedmarket:problem:" + type, problem.getString("type"), problem.toString());
    }

    @Test
    void aJoinRequestSignedWithAnotherKeyThanItPresentsIsRefused() {
        TestShop shop = shop("forger");
        String forged = shop.joinRequest(hub().baseUrl(), invitation("PT1H"), TestShop.generate());
        assertType("signature-invalid", apply(forged).assertProblem(401));
        assertEquals(404, hub().http().asAdmin().get("/api/hub/admin/members/forger").status());
    }

    @Test
    void aKeyPublishedAheadVerifiesOnlyFromItsOwnNotBeforeAndAKeyListedAgainKeepsVerifying() throws Exception {
        TestShop shop = shop("ahead");
        String access = joined(shop).getString("accessToken");
        java.util.Date from = new java.util.Date((System.currentTimeMillis() / 1000 + 3600) * 1000);
        com.nimbusds.jose.jwk.RSAKey next = new com.nimbusds.jose.jwk.RSAKey.Builder(TestShop.generate()).notBeforeTime(from).build();
        String keySet = TestShop.sign("fedmarket-keys+jwt", new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("ahead")
                .audience(hub().baseUrl()).claim("jwks", new com.nimbusds.jose.jwk.JWKSet(List.of(shop.key().toPublicJWK(),
                        next.toPublicJWK())).toJSONObject()), shop.key());
        withToken(access).send("PUT", "/api/hub/membership/keys", JOSE, keySet).assertStatus(204);

        JsonObject kept = hub().http().asAdmin().get("/api/hub/admin/members/ahead").assertStatus(200).json()
                .getJsonArray("keys").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("kid").equals(next.getKeyID())).findFirst().orElseThrow();
        assertEquals(from.toInstant(), java.time.OffsetDateTime.parse(kept.getString("notBefore")).toInstant(),
                "the Hub keeps the key's own nbf");
        assertFalse(kept.getBoolean("valid"), "not valid an hour early");
        String verifying = withToken(access).get("/api/hub/registry/jwks").assertStatus(200).body();
        assertTrue(verifying.contains(shop.key().getKeyID()), "the key listed again without exp keeps verifying: " + verifying);
        assertFalse(verifying.contains(next.getKeyID()), verifying);
    }

    @Test
    void aRevokedInvitationAdmitsNobodyAndAUsedOneCannotBeRevoked() {
        JsonObject created = hub().http().asAdmin().postJson("/api/hub/admin/invitations", "{\"note\": \"for revoking\"}")
                .assertStatus(201).json();
        String revocation = "/api/hub/admin/invitations/" + created.getString("id") + "/revocation";
        assertEquals("revoked", hub().http().asAdmin().postJson(revocation, "").assertStatus(200).json().getString("state"));
        assertType("invitation-revoked", hub().http().asAdmin().postJson(revocation, "").assertProblem(409));
        TestShop shop = shop("uninvited");
        assertType("invitation-revoked", apply(shop.joinRequest(hub().baseUrl(), created.getString("code"))).assertProblem(410));
        assertEquals(404, hub().http().asAdmin().get("/api/hub/admin/members/uninvited").status());

        JsonObject used = hub().http().asAdmin().postJson("/api/hub/admin/invitations", "{}").assertStatus(201).json();
        apply(shop("invited").joinRequest(hub().baseUrl(), used.getString("code"))).assertStatus(201);
        assertType("invitation-used", hub().http().asAdmin().postJson("/api/hub/admin/invitations/" + used.getString("id")
                + "/revocation", "").assertProblem(409));
    }

    @Test
    void aJoinRequestForAnotherHubIsRefused() {
        TestShop shop = shop("elsewhere");
        assertType("signature-invalid", apply(shop.joinRequest("https://other-hub.example", null)).assertProblem(401));
    }

    @Test
    void theSameSignedJoinRequestCannotBeReplayed() {
        TestShop shop = shop("replayer");
        String request = shop.joinRequest(hub().baseUrl(), null);
        apply(request).assertStatus(202);
        assertType("request-replayed", apply(request).assertProblem(409));
    }

    @Test
    void overlongIdsAndUrlsInAJoinRequestAreRefusedOrRememberedWithoutReachingAColumnLimit() {
        TestShop shop = shop("long-ids");
        String longJti = TestShop.sign("fedmarket-join+jwt", joinClaims(shop, shop.shopId(), shop.baseUrl())
                .jwtID("j".repeat(5_000)), shop.key());
        apply(longJti).assertStatus(202);
        assertType("request-replayed", apply(longJti).assertProblem(409));
        assertType("join-request-invalid", apply(TestShop.sign("fedmarket-join+jwt",
                joinClaims(shop, "s".repeat(5_000), shop.baseUrl()), shop.key())).assertProblem(422));
        assertType("join-request-invalid", apply(TestShop.sign("fedmarket-join+jwt",
                joinClaims(shop, shop.shopId(), shop.baseUrl() + "/" + "p".repeat(600)), shop.key())).assertProblem(422));
    }

    private JWTClaimsSet.Builder joinClaims(TestShop shop, String issuer, String baseUrl) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(hub().baseUrl()).claim("name", "Long ids")
                .claim("baseUrl", baseUrl).claim("acceptsPush", true)
                .claim("jwks", new JWKSet(shop.key().toPublicJWK()).toJSONObject());
    }

    @Test
    void aBaseUrlThatCannotProveTheKeyIsRefused() {
        TestShop shop = shop("liar");
        shop.answer(Answer.WITH_ANOTHER_KEY);
        assertType("base-url-challenge-failed", apply(shop.joinRequest(hub().baseUrl(), null)).assertProblem(422));
        shop.answer(Answer.WITH_ANOTHER_NONCE);
        assertType("base-url-challenge-failed", apply(shop.joinRequest(hub().baseUrl(), null)).assertProblem(422));
        shop.answer(Answer.NOT_AT_ALL);
        assertType("base-url-challenge-failed", apply(shop.joinRequest(hub().baseUrl(), null)).assertProblem(422));
        assertEquals(404, hub().http().asAdmin().get("/api/hub/admin/members/liar").status(), "nothing recorded");
    }

    @Test
    void aHubForTheInternetDoesNotCallPrivateAddresses() {
        TestShop shop = shop("insider");
        Node strict = cluster.node("strict-hub");
        assertType("base-url-not-public", strict.http().send("POST", "/api/hub/applications", JOSE,
                shop.joinRequest(strict.baseUrl(), null)).assertProblem(422));
        assertEquals(404, strict.http().asAdmin().get("/api/hub/admin/members/insider").status());
    }

    @Test
    void aBaseUrlNobodyAnswersIsRefused() {
        TestShop shop = shop("ghost");
        String request = shop.joinRequest(hub().baseUrl(), null);
        shop.close();
        assertType("base-url-unreachable", apply(request).assertProblem(422));
    }

    @Test
    void anInvitationWorksOnceAndNotAfterItExpired() throws InterruptedException {
        String code = invitation("PT1H");
        apply(shop("first").joinRequest(hub().baseUrl(), code)).assertStatus(201);
        assertType("invitation-used", apply(shop("second").joinRequest(hub().baseUrl(), code)).assertProblem(409));

        String shortLived = invitation("PT1S");
        Thread.sleep(1500);
        assertType("invitation-expired", apply(shop("late").joinRequest(hub().baseUrl(), shortLived)).assertProblem(410));
        assertType("invitation-invalid", apply(shop("guesser").joinRequest(hub().baseUrl(), "inv_guess")).assertProblem(403));
    }

    @Test
    void aTakenShopIdIsRefused() {
        joined(shop("twin"));
        assertType("shop-id-taken", apply(shop("twin").joinRequest(hub().baseUrl(), invitation("PT1H"))).assertProblem(409));
    }

    @Test
    void theRegistryIsForMembersAndAnswers304WhenNothingChanged() {
        assertEquals(401, hub().http().get("/api/hub/registry").status());
        assertEquals(401, withToken("not-a-token").get("/api/hub/registry").assertProblem(401).getInt("status"));

        JsonObject tokens = joined(shop("poller"));
        Reply full = withToken(tokens.getString("accessToken")).get("/api/hub/registry").assertStatus(200);
        String etag = full.header("ETag");
        long version = full.json().getJsonNumber("version").longValue();
        assertEquals("\"r" + version + "\"", etag);
        assertTrue(full.json().getJsonArray("members").stream()
                .anyMatch(m -> m.asJsonObject().getString("id").equals("poller")));

        Reply again = withToken(tokens.getString("accessToken")).header("If-None-Match", etag).get("/api/hub/registry");
        assertEquals(304, again.status());
        assertEquals("", again.body());

        JsonObject newcomerTokens = joined(shop("newcomer"));
        JsonObject delta = withToken(tokens.getString("accessToken")).header("If-None-Match", etag)
                .get("/api/hub/registry?since=" + version).assertStatus(200).json();
        assertEquals(List.of("newcomer"), delta.getJsonArray("members").stream()
                .map(m -> m.asJsonObject().getString("id")).toList());

        withToken(newcomerTokens.getString("accessToken")).send("DELETE", "/api/hub/membership", null, null).assertStatus(204);
        JsonObject afterLeave = withToken(tokens.getString("accessToken"))
                .get("/api/hub/registry?since=" + delta.getJsonNumber("version").longValue()).assertStatus(200).json();
        assertEquals(List.of("newcomer"), afterLeave.getJsonArray("removed").getValuesAs(jakarta.json.JsonString::getString));
        assertType("registry-version-unknown", withToken(tokens.getString("accessToken"))
                .get("/api/hub/registry?since=999999").assertProblem(422));
    }

    @Test
    void aReusedRefreshTokenRevokesTheWholeSession() {
        JsonObject first = joined(shop("reuser"));
        JsonObject second = refresh(first.getString("refreshToken")).assertStatus(200).json();
        assertNotEquals(first.getString("refreshToken"), second.getString("refreshToken"));
        withToken(second.getString("accessToken")).get("/api/hub/registry").assertStatus(200);

        // the first refresh token again: a thief or a replay; the session ends for both holders
        assertType("refresh-token-reused", refresh(first.getString("refreshToken")).assertProblem(401));
        assertType("session-revoked", refresh(second.getString("refreshToken")).assertProblem(401));
        withToken(second.getString("accessToken")).get("/api/hub/registry").assertProblem(401);

        // the shop's key still gets it back in, with a new session
        TestShop shop = shops.stream().filter(s -> s.shopId().equals("reuser")).findFirst().orElseThrow();
        JsonObject fresh = hub().http().send("POST", "/api/hub/sessions", JOSE, shop.sessionAssertion(hub().baseUrl()))
                .assertStatus(200).json();
        withToken(fresh.getString("accessToken")).get("/api/hub/registry").assertStatus(200);
    }

    @Test
    void aSuspendedMembersTokensStopWorkingAndItCannotSignIn() {
        TestShop shop = shop("rogue");
        JsonObject tokens = joined(shop);
        hub().http().asAdmin().postJson("/api/hub/admin/members/rogue/suspension", "").assertStatus(200);

        withToken(tokens.getString("accessToken")).get("/api/hub/registry").assertProblem(401);
        assertType("session-revoked", refresh(tokens.getString("refreshToken")).assertProblem(401));
        assertType("membership-suspended", hub().http().send("POST", "/api/hub/sessions", JOSE,
                shop.sessionAssertion(hub().baseUrl())).assertProblem(403));
    }

    @Test
    void aShopThatLeftLearnsSoWhenItSignsInWithItsFormerKeyAndAStrangerLearnsNothing() {
        TestShop shop = shop("leaver");
        JsonObject tokens = joined(shop);
        withToken(tokens.getString("accessToken")).send("DELETE", "/api/hub/membership", null, null).assertStatus(204);
        assertType("membership-ended", hub().http().send("POST", "/api/hub/sessions", JOSE,
                shop.sessionAssertion(hub().baseUrl())).assertProblem(403));
        TestShop impostor = new TestShop("leaver"); // the same id, a key the shop never had
        shops.add(impostor);
        assertType("signature-invalid", hub().http().send("POST", "/api/hub/sessions", JOSE,
                impostor.sessionAssertion(hub().baseUrl())).assertProblem(401));
    }

    @Test
    void aPendingApplicantIsToldToWait() {
        TestShop shop = shop("patient");
        assertEquals("pending", apply(shop.joinRequest(hub().baseUrl(), null)).assertStatus(202).json().getString("status"));
        assertType("membership-pending", hub().http().send("POST", "/api/hub/sessions", JOSE,
                shop.sessionAssertion(hub().baseUrl())).assertProblem(409));
    }

    @Test
    void aSessionAssertionIsRefusedReplayedUnderAnotherTypeOrSignedWithAnotherKey() {
        TestShop shop = shop("asserter");
        joined(shop);
        String assertion = shop.sessionAssertion(hub().baseUrl());
        hub().http().send("POST", "/api/hub/sessions", JOSE, assertion).assertStatus(200);
        assertType("request-replayed", hub().http().send("POST", "/api/hub/sessions", JOSE, assertion).assertProblem(409));
        assertType("signature-invalid", hub().http().send("POST", "/api/hub/sessions", JOSE, TestShop.sign("fedmarket-join+jwt",
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("asserter").audience(hub().baseUrl()), shop.key())).assertProblem(401));
        assertType("signature-invalid", hub().http().send("POST", "/api/hub/sessions", JOSE, TestShop.sign("fedmarket-session+jwt",
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("asserter").audience(hub().baseUrl()), TestShop.generate()))
                .assertProblem(401));
        // a join request is not a session assertion either, even with the member's key, nor is a session assertion a join
        assertType("signature-invalid", apply(shop.sessionAssertion(hub().baseUrl())).assertProblem(401));
    }

    @Test
    void garbageInsteadOfASignedRequestIsA401Problem() {
        assertType("signature-invalid", apply("not.a.jws").assertProblem(401));
        assertType("signature-invalid", apply("").assertProblem(401));
        assertEquals(400, refresh("x\"").status());
    }

    @Test
    void membersReceiveRegistryEventsSignedByTheHub() throws Exception {
        TestShop listener = shop("listener");
        joined(listener);
        joined(shop("arrival"));
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (listener.inbox().stream().noneMatch(e -> e.contains(".")) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        com.nimbusds.jwt.SignedJWT event = listener.inbox().stream()
                .map(HubProtocolIT::parse).filter(e -> "arrival".equals(member(e).get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no event about arrival in " + listener.inbox()));
        assertEquals("fedmarket-registry-event+jwt", event.getHeader().getType().getType());
        com.nimbusds.jose.jwk.JWKSet hubKeys = com.nimbusds.jose.jwk.JWKSet.parse(hub().http().get("/api/node/jwks").body());
        assertTrue(event.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(
                hubKeys.getKeyByKeyId(event.getHeader().getKeyID()).toRSAKey())), "signed with the Hub's published key");
        assertEquals(List.of("listener"), event.getJWTClaimsSet().getAudience());
        assertEquals(hub().baseUrl(), event.getJWTClaimsSet().getIssuer());
        assertEquals("member-joined", event.getJWTClaimsSet().getStringClaim("event"));
        assertEquals("active", member(event).get("status"));

        String metrics = hub().metrics("?scope=application").body();
        assertTrue(metrics.contains("fedmarket_outbox_delivered_total"), metrics);
        assertTrue(metrics.contains("fedmarket_outbox_waiting"), metrics);
    }

    private static com.nimbusds.jwt.SignedJWT parse(String jws) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(jws);
        } catch (java.text.ParseException e) {
            throw new AssertionError(jws, e);
        }
    }

    private static java.util.Map<String, Object> member(com.nimbusds.jwt.SignedJWT event) {
        try {
            return event.getJWTClaimsSet().getJSONObjectClaim("member");
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
