package it.org.fedmarket;

import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.RawHttp;
import it.org.fedmarket.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input from careless clients and attackers: a clear 4xx problem each, never a 500, and nothing stored changes. */
class InputHardeningIT {

    private final Http node = Http.itServer();
    private final Http admin = node.asAdmin();
    private final RawHttp raw = new RawHttp(node.baseUrl(), "127.0.0.1");

    private static JsonObject assertProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer::body);
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        assertNull(answer.header("$WSEP"), "no stray Liberty header");
        return Reply.of(answer.status(), answer.header("Content-Type"), answer.body()).assertProblem(status);
    }

    private static String fieldOf(JsonObject problem) {
        assertEquals("urn:fedmarket:problem:validation", problem.getString("type"));
        return problem.getJsonArray("violations").getJsonObject(0).getString("field");
    }

    @Test
    void malformedBasicCredentialsAre401LikeAnyOtherBadCredential() {
        for (String authorization : List.of("Basic YWRtaW4=", "Basic !!!", "Basic", "Basic Og==", "Basic OnBhc3N3b3Jk")) {
            for (String route : List.of("/api/node", "/api/admin/accounts", "/api/inventory/products")) {
                assertProblem(raw.get(route, Map.of("Authorization", authorization)), 401);
            }
            assertEquals(200, raw.get("/login.xhtml", Map.of("Authorization", authorization)).status(), authorization);
            assertEquals(302, raw.get("/admin/", Map.of("Authorization", authorization)).status(), authorization);
        }
    }

    @Test
    void aPartnerCallsChunkedBodyIsReadNoFurtherThanAJsonBodyMayBeBeforeItsTokenIsChecked() {
        byte[] large = new byte[3 << 20];
        java.util.Arrays.fill(large, (byte) ' ');
        RawHttp.Answer refused = raw.sendChunked("POST", "/api/v1/order", Map.of("Content-Type", "application/json",
                "Authorization", "FedmarketCall not-a-token"), large);
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.body().contains("body-too-large") && refused.body().contains("1048576"), refused.body());
        RawHttp.Answer small = raw.sendChunked("POST", "/api/v1/order", Map.of("Content-Type", "application/json",
                "Authorization", "FedmarketCall not-a-token"), "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, small.status(), "within the limit, the token is checked: " + small.body());
    }

    @Test
    void malformedEscapesAre400() {
        for (String target : List.of("/api/events/shared?after=%zz", "/api/node?x=%", "/api/node?x=%C3", "/login.xhtml?x=%zz")) {
            JsonObject problem = assertProblem(raw.get(target, Map.of()), 400);
            assertEquals("urn:fedmarket:problem:malformed-escape", problem.getString("type"), target);
        }
    }

    @Test
    void controlCharactersInAnyTextAre422NamingTheFieldAndNeverStored() {
        assertEquals("name", fieldOf(admin.postJson("/api/inventory/products",
                "{\"sku\": \"nul-name\", \"name\": \"a\\u0000b\", \"price\": 1, \"currency\": \"EUR\"}").assertProblem(422)));
        assertEquals("note", fieldOf(admin.postJson("/api/hub/admin/invitations", "{\"note\": \"x\\u0007\"}").assertProblem(422)));
        assertEquals("reason", fieldOf(admin.postJson("/api/federation/partnerships/00000000-0000-0000-0000-000000000000/denial",
                "{\"reason\": \"\\u001b[31m\"}").assertProblem(422)));
        assertEquals("reference", fieldOf(assertProblem(raw.get("/api/v1/product/x:y?quantity=1&reference=a%00", Map.of()), 422)));
        assertEquals("after", fieldOf(assertProblem(raw.get("/api/events?after=%01", Map.of()), 422)));
        admin.get("/api/inventory/products/nul-name").assertProblem(404);
    }

    @Test
    void inputThatOnceEndedInA500IsRefusedWith422() {
        // a query parameter that does not convert is the client's mistake, not an unknown route
        assertEquals("limit", fieldOf(admin.get("/api/admin/audit?limit=abc").assertProblem(422)));
        assertEquals("before", fieldOf(admin.get("/api/admin/audit?before=99999999999999999999").assertProblem(422)));
        // longer than any shop id, so longer than the column that keeps it
        assertEquals("urn:fedmarket:problem:validation", admin.send("PUT", "/api/inventory/order-terms/" + "s".repeat(41),
                "application/json", "{\"autoAccept\": true}").assertProblem(422).getString("type"));
        assertEquals("urn:fedmarket:problem:webhook-events-invalid", admin.postJson("/api/admin/webhooks",
                "{\"url\": \"https://hooks.example/x\", \"events\": [null]}").assertProblem(422).getString("type"));
        assertEquals("urn:fedmarket:problem:purchase-invalid", admin.header("Idempotency-Key", "incomplete")
                .postJson("/api/federation/purchases", "{}").assertProblem(422).getString("type"));
    }

    @Test
    void simultaneousCreationsOfOneNewSkuMakeOneProductAndAConflictForTheOthers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> admin.postJson("/api/inventory/products",
                        "{\"sku\": \"raced\", \"name\": \"Raced\", \"price\": 1, \"currency\": \"EUR\", \"stock\": 1}").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "sku-taken for the others: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, admin.get("/api/inventory/products/raced").assertStatus(200).json().getInt("stock"));
    }

    @Test
    void textOverItsLimitIs422NamingTheFieldAndTheLimit() {
        JsonObject problem = admin.postJson("/api/hub/admin/invitations", "{\"note\": \"" + "n".repeat(201) + "\"}")
                .assertProblem(422);
        assertEquals("note", fieldOf(problem));
        assertTrue(problem.getJsonArray("violations").getJsonObject(0).getString("message").contains("200"), problem.toString());
        assertEquals("productId", fieldOf(admin.postJson("/api/federation/purchases",
                "{\"productId\": \"" + "p".repeat(121) + "\", \"quantity\": 1}").assertProblem(422)));
    }

    @Test
    void numbersAreBoundStrictlyAndStockNeverOverflows() {
        admin.postJson("/api/inventory/products", "{\"sku\": \"strict-numbers\", \"name\": \"Counted\", \"price\": 2.5,"
                + " \"currency\": \"EUR\", \"stock\": 8}").assertStatus(201);
        String base = "{\"sku\": \"strict-%s\", \"name\": \"n\", \"price\": 1, \"currency\": \"EUR\", \"stock\": %s}";
        for (String stock : List.of("4294967297", "2147483648", "1.9", "\"5\"", "true", "-1", "1000000001", "1e400")) {
            JsonObject problem = admin.postJson("/api/inventory/products", String.format(base, "x", stock)).assertProblem(422);
            assertEquals("stock", fieldOf(problem), stock);
        }
        assertEquals("sku", fieldOf(admin.postJson("/api/inventory/products",
                "{\"sku\": true, \"name\": \"n\", \"price\": 1, \"currency\": \"EUR\"}").assertProblem(422)));
        assertEquals("name", fieldOf(admin.postJson("/api/inventory/products",
                "{\"sku\": \"strict-y\", \"name\": 123, \"price\": 1, \"currency\": \"EUR\"}").assertProblem(422)));
        for (String quantity : List.of("4294967295", "1.5", "\"3\"", "1000000001")) {
            assertEquals("quantity", fieldOf(admin.postJson("/api/inventory/products/strict-numbers/restock",
                    "{\"quantity\": " + quantity + "}").assertProblem(422)), quantity);
        }
        assertEquals("quantity", fieldOf(admin.postJson("/api/inventory/products/strict-numbers/restock",
                "{\"quantity\": 999999999}").assertProblem(422)), "8 + 999,999,999 is over the stock limit");
        admin.postJson("/api/inventory/products/strict-numbers/restock", "{\"quantity\": 999999992}").assertStatus(200);
        assertEquals(1_000_000_000, admin.get("/api/inventory/products/strict-numbers").assertStatus(200).json().getInt("stock"));
        admin.get("/api/inventory/products/strict-x").assertProblem(404);
        admin.get("/api/inventory/products/strict-y").assertProblem(404);
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = "{\"note\": \"" + " ".repeat(2 << 20) + "\"}";
        JsonObject problem = admin.postJson("/api/hub/admin/invitations", big).assertProblem(413);
        assertEquals("urn:fedmarket:problem:body-too-large", problem.getString("type"));
    }

    @Test
    void everyAnswerCarriesTheWebDefences() {
        for (Reply reply : List.of(node.get("/login.xhtml"), node.get("/api/node"), node.get("/api/no/such/route"))) {
            String csp = reply.header("Content-Security-Policy");
            assertNotNull(csp);
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("DENY", reply.header("X-Frame-Options"));
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertEquals("same-origin", reply.header("Referrer-Policy"));
            assertNull(reply.header("Strict-Transport-Security"), "HSTS only over HTTPS");
        }
        assertTrue(node.get("/login.xhtml").header("Cache-Control").contains("no-store"));
        Reply token = admin.postJson("/api/admin/tokens", "{\"name\": \"shown once\", \"scopes\": [\"catalogue-read\"]}").assertStatus(201);
        assertEquals("no-store", token.header("Cache-Control"), "a secret shown once is never cached");
        Reply invitation = admin.postJson("/api/hub/admin/invitations", "{\"note\": \"shown once\"}").assertStatus(201);
        assertEquals("no-store", invitation.header("Cache-Control"));
        Reply css = node.get("/resources/css/fedmarket.css").assertStatus(200);
        assertFalse(String.valueOf(css.header("Cache-Control")).contains("no-store"), "static files stay cacheable");
        String cookie = node.get("/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("session-fedmarket=")).findFirst().orElseThrow();
        assertFalse(cookie.contains("Secure"), "an http node's cookie cannot be Secure: " + cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aFloodOfWrongPasswordsFromOneAddressIsThrottledAndOthersStillSignIn() throws Exception {
        admin.postJson("/api/admin/accounts", "{\"username\": \"flood-target\", \"password\": \"the right password\"}")
                .assertStatus(201);
        String wrong = "Basic " + Base64.getEncoder().encodeToString("flood-target:guess".getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + Base64.getEncoder().encodeToString("flood-target:the right password".getBytes(StandardCharsets.UTF_8));
        RawHttp attacker = new RawHttp(node.baseUrl(), "127.0.0.3");
        RawHttp operator = new RawHttp(node.baseUrl(), "127.0.0.4");
        ExecutorService flood = Executors.newFixedThreadPool(4);
        List<Future<RawHttp.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            answers.add(flood.submit(() -> attacker.get("/api/admin/accounts", Map.of("Authorization", wrong))));
        }
        assertEquals(200, operator.get("/api/admin/accounts", Map.of("Authorization", right)).status(),
                "the right password from another address works during the flood");
        int refused = 0;
        int throttled = 0;
        for (Future<RawHttp.Answer> answer : answers) {
            RawHttp.Answer a = answer.get();
            if (a.status() == 429) {
                throttled++;
                JsonObject problem = assertProblem(a, 429);
                assertEquals("urn:fedmarket:problem:rate-limited", problem.getString("type"));
                assertEquals("sign-in", problem.getString("limit"));
                assertTrue(Integer.parseInt(a.header("Retry-After")) > 0);
            } else {
                assertProblem(a, 401);
                refused++;
            }
        }
        flood.shutdown();
        assertTrue(refused <= 15 && throttled >= 45, refused + " checked, " + throttled + " throttled");
        assertEquals(429, attacker.get("/api/admin/accounts", Map.of("Authorization", right)).status(),
                "a throttled address is refused before its password is checked");
    }
}
