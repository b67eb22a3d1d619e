package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Hub and three shops as separate Liberty servers. shop-a takes pushes and polls rarely, so what it
 * learns comes by push; shop-b refuses pushes and polls every two seconds; shop-c joins by approval.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MembershipIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("hub").env("FEDMARKET_OUTBOX_FIRST_RETRY", "PT1S"),
            shop("shop-a", "hub").env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1H"),
            shop("shop-b", "hub").env("FEDMARKET_FEDERATION_ACCEPT_PUSH", "false")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"),
            shop("shop-c", "hub").env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT2S"));

    private static String invitation(Node hub) {
        return hub.http().asAdmin().postJson("/api/hub/admin/invitations", "{\"note\":\"test\",\"validFor\":\"PT1H\"}")
                .assertStatus(201).json().getString("code");
    }

    private static Reply join(Node shop, String code) {
        return shop.http().asAdmin().postJson("/api/federation/membership",
                code == null ? "{}" : "{\"invitationCode\":\"" + code + "\"}");
    }

    private static List<String> directory(Node shop) {
        return shop.http().asAdmin().get("/api/federation/directory").assertStatus(200).jsonArray().stream()
                .map(v -> v.asJsonObject().getString("id")).sorted().toList();
    }

    private static JsonObject member(Node hub, String id) {
        return hub.http().asAdmin().get("/api/hub/admin/members/" + id).assertStatus(200).json();
    }

    private static <T> void await(String what, Supplier<T> actual, T expected) {
        Eventually.await(PROPAGATION, what, actual, expected);
    }


    @Test
    @Order(1)
    void aShopWithAnInvitationIsActiveAtOnceUnderTheKeyItPublishes() {
        Node hub = cluster.node("hub");
        Node shopA = cluster.node("shop-a");
        JsonObject status = join(shopA, invitation(hub)).assertStatus(200).json();
        assertEquals("active", status.getString("status"), status.toString());

        JsonObject member = member(hub, "shop-a");
        assertEquals("active", member.getString("status"));
        assertEquals(shopA.baseUrl(), member.getString("baseUrl"));
        String shopKey = shopA.http().get("/api/node/jwks").json().getJsonArray("keys").getJsonObject(0).getString("kid");
        assertEquals(shopKey, member.getJsonArray("keys").getJsonObject(0).getString("kid"));
    }

    @Test
    @Order(2)
    void aUsedInvitationIsRefusedAndTheShopStaysOutside() {
        Node hub = cluster.node("hub");
        String code = invitation(hub);
        join(cluster.node("shop-b"), code).assertStatus(200);
        // shop-b is in; the same code once more, from shop-c
        JsonObject problem = join(cluster.node("shop-c"), code).assertProblem(409);
        assertEquals("urn:fedmarket:problem:invitation-used", problem.getString("type"));
        assertEquals(404, hub.http().asAdmin().get("/api/hub/admin/members/shop-c").status());
    }

    @Test
    @Order(3)
    void anUnknownInvitationIsRefused() {
        JsonObject problem = join(cluster.node("shop-c"), "inv_not-a-real-code").assertProblem(403);
        assertEquals("urn:fedmarket:problem:invitation-invalid", problem.getString("type"));
    }

    @Test
    @Order(4)
    void membersSeeEachOtherByPushAndByPolling() {
        Node shopA = cluster.node("shop-a");
        Node shopB = cluster.node("shop-b");
        // shop-a polls once an hour: it knows shop-b only because the Hub pushed it
        await("shop-a's directory", () -> directory(shopA), List.of("shop-b"));
        // shop-b takes no pushes: it knows shop-a from its polls
        await("shop-b's directory", () -> directory(shopB), List.of("shop-a"));
        JsonObject entry = shopA.http().asAdmin().get("/api/federation/directory").jsonArray().getJsonObject(0);
        assertEquals(shopB.baseUrl(), entry.getString("baseUrl"));
        String shopBKey = shopB.http().get("/api/node/jwks").json().getJsonArray("keys").getJsonObject(0).getString("kid");
        assertEquals(List.of(shopBKey), entry.getJsonArray("keyIds").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());
    }

    @Test
    @Order(5)
    void aShopAppliesAndAHubAdministratorApprovesItInTheBrowser() {
        Node hub = cluster.node("hub");
        Node shopC = cluster.node("shop-c");
        try (Browser shopPage = signedIn(shopC, "/admin/federation/index.xhtml");
             Browser hubPage = signedIn(hub, "/admin/hub/index.xhtml")) {
            assertEquals("none", shopPage.text("#membership-status"));
            shopPage.click("#join\\:join-button"); // no invitation code: apply for approval
            assertTrue(shopPage.text("#notice").startsWith("Applied"), shopPage.text("#notice"));
            assertEquals("pending", shopPage.text("#membership-status"));
            assertEquals("pending", member(hub, "shop-c").getString("status"));

            hubPage.open("/admin/hub/index.xhtml");
            assertEquals("shop-c", hubPage.text("#applications\\:pending tbody tr .shop-id"));
            hubPage.click("#applications\\:pending\\:0\\:approve");
            assertEquals("shop-c is a member now.", hubPage.text("#notice"));
            assertEquals("No application is waiting.", hubPage.text("#applications\\:no-pending"));
            assertTrue(hubPage.text("#members").contains("shop-c"), hubPage.text("#members"));

            await("shop-c's status", () -> shopC.http().asAdmin().get("/api/federation/membership").json().getString("status"), "active");
            await("shop-c's directory", () -> directory(shopC), List.of("shop-a", "shop-b"));
            shopPage.open("/admin/federation/index.xhtml");
            assertEquals("active", shopPage.text("#membership-status"));
            assertTrue(shopPage.text("#directory").contains("shop-a") && shopPage.text("#directory").contains("shop-b"),
                    shopPage.text("#directory"));
        }
        await("shop-a's directory", () -> directory(cluster.node("shop-a")), List.of("shop-b", "shop-c"));
    }

    private static Browser signedIn(Node node, String page) {
        Browser browser = new Browser(node.baseUrl());
        browser.open(page);
        browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                .click("#login\\:submit");
        assertEquals(page, browser.path());
        return browser;
    }

    @Test
    @Order(6)
    void aSuspendedShopDisappearsEverywhereAndComesBackWhenReinstated() {
        Node hub = cluster.node("hub");
        hub.http().asAdmin().postJson("/api/hub/admin/members/shop-b/suspension", "").assertStatus(200);
        await("shop-a's directory", () -> directory(cluster.node("shop-a")), List.of("shop-c"));
        await("shop-c's directory", () -> directory(cluster.node("shop-c")), List.of("shop-a"));
        await("shop-b's status", () -> cluster.node("shop-b").http().asAdmin().get("/api/federation/membership").json()
                .getString("status"), "suspended");

        hub.http().asAdmin().postJson("/api/hub/admin/members/shop-b/reinstatement", "").assertStatus(200);
        await("shop-a's directory", () -> directory(cluster.node("shop-a")), List.of("shop-b", "shop-c"));
        await("shop-b's status", () -> cluster.node("shop-b").http().asAdmin().get("/api/federation/membership").json()
                .getString("status"), "active");
        await("shop-b's directory", () -> directory(cluster.node("shop-b")), List.of("shop-a", "shop-c"));
    }

    @Test
    @Order(7)
    void withTheHubDownShopsKeepTheirDirectoryAndCatchUpAfterwards() {
        Node hub = cluster.node("hub");
        Node shopB = cluster.node("shop-b");
        hub.stop();
        try {
            await("shop-b's poll of the Hub failed", () -> shopB.http().asAdmin().get("/api/federation/membership").json()
                    .containsKey("lastSyncError"), true); // absent after every successful poll
            assertEquals(List.of("shop-a", "shop-c"), directory(shopB));
            JsonObject status = shopB.http().asAdmin().get("/api/federation/membership").json();
            assertEquals("active", status.getString("status"));
        } finally {
            hub.start();
        }
        // shop-c leaves while shop-b was cut off from pushes anyway; shop-b learns it by polling
        cluster.node("shop-c").http().asAdmin().send("DELETE", "/api/federation/membership", null, null).assertStatus(200);
        assertEquals("left", member(hub, "shop-c").getString("status"));
        await("shop-b's directory", () -> directory(shopB), List.of("shop-a"));
        await("shop-a's directory", () -> directory(cluster.node("shop-a")), List.of("shop-b"));
        assertEquals(List.of(), directory(cluster.node("shop-c")));
    }

    @Test
    @Order(8)
    void aRotatedShopKeyReachesTheHubAndTheOtherMembers() {
        Node hub = cluster.node("hub");
        Node shopA = cluster.node("shop-a");
        String before = shopA.http().get("/api/node/jwks").json().getJsonArray("keys").getJsonObject(0).getString("kid");
        String after = shopA.http().asAdmin().postJson("/api/admin/keys/rotation", "").assertStatus(201).json().getString("kid");
        List<String> both = java.util.stream.Stream.of(before, after).sorted().toList();

        await("shop-a's keys at the Hub", () -> member(hub, "shop-a").getJsonArray("keys").stream()
                .map(k -> k.asJsonObject().getString("kid")).sorted().toList(), both);
        await("shop-a's keys in shop-b's directory", () -> shopB().http().asAdmin().get("/api/federation/directory")
                .jsonArray().getJsonObject(0).getJsonArray("keyIds").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList(), both);
    }

    @Test
    @Order(9)
    void anOperatorSeesWhyAMessageWaitsAbandonsItOnlyWhenAskedAndSendsItAgain() {
        Node hub = cluster.node("hub");
        Node shopA = cluster.node("shop-a");
        shopA.stop();
        try (Browser page = signedIn(hub, "/admin/outbox.xhtml")) {
            hub.http().asAdmin().postJson("/api/hub/admin/members/shop-b/suspension", "").assertStatus(200);
            hub.http().asAdmin().postJson("/api/hub/admin/members/shop-b/reinstatement", "").assertStatus(200);
            JsonObject[] found = new JsonObject[1];
            await("a push to the stopped shop-a failed", () -> {
                found[0] = hub.http().asAdmin().get("/api/admin/outbox?state=waiting").jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(m -> m.getString("destination").startsWith(shopA.baseUrl()) && m.getInt("attempts") >= 1)
                        .findFirst().orElse(null);
                return found[0] != null;
            }, true);
            JsonObject stuck = found[0];
            String row = "#message-" + stuck.getJsonNumber("id").longValue();

            page.open("/admin/outbox.xhtml?state=waiting");
            assertFalse(page.text(row + " .error").isBlank(), "the page says why it waits: " + page.text(row));
            assertEquals("danger", page.find(row + " input[value=Abandon]").getAttribute("class"), "looks destructive");
            page.click(row + " input[value=Abandon]");
            assertTrue(page.text("#confirmation-question").startsWith("Abandon message"), page.text("main"));
            assertEquals(1, page.count(row), "asked first, nothing done yet");
            page.click("#confirmation\\:cancel");
            assertEquals("Nothing was done.", page.text("#notice"));
            assertEquals(0, page.count("#confirmation-question"), "the question is gone");
            assertEquals(1, page.count(row), "still waiting");

            page.clickAndConfirm(row + " input[value=Abandon]");
            assertTrue(page.text("#notice").contains("is abandoned"), page.text("#notice"));
            assertEquals(0, page.count(row));
            page.open("/admin/outbox.xhtml?state=abandoned");
            assertTrue(page.text(row + " .error").contains("abandoned by " + Cluster.ADMIN_USER), page.text(row));

            shopA.start();
            page.click(row + " input[value='Send now']");
            assertTrue(page.text("#notice").contains("is sent again now"), page.text("#notice"));
            long id = stuck.getJsonNumber("id").longValue();
            await("the message left the outbox once shop-a was back", () -> outboxState(hub, id), "delivered");
            page.open("/admin/outbox.xhtml?state=delivered");
            assertEquals(1, page.count(row), "listed as delivered");
            hub.http().asAdmin().send("POST", "/api/admin/outbox/" + id + "/retry", null, null).assertProblem(409); // delivered
        } finally {
            shopA.start(); // nothing when it runs already
        }
        hub.http().asAdmin().send("POST", "/api/admin/outbox/1000000/retry", null, null).assertProblem(404);
        hub.http().asAdmin().send("POST", "/api/admin/outbox/1000000/abandon", null, null).assertProblem(404);
        hub.http().asAdmin().get("/api/admin/outbox?state=lost").assertProblem(422);
    }

    /** Where the outbox message {@code id} stands now, with its last error when it is not delivered. */
    private static String outboxState(Node node, long id) {
        for (String state : List.of("delivered", "waiting", "abandoned")) {
            for (JsonValue m : node.http().asAdmin().get("/api/admin/outbox?state=" + state).jsonArray()) {
                if (m.asJsonObject().getJsonNumber("id").longValue() == id) {
                    return state.equals("delivered") ? state : state + ": " + m;
                }
            }
        }
        return "not listed";
    }

    private static Node shopB() {
        return cluster.node("shop-b");
    }
}
