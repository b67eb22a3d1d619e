package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.OpenApiLint;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same WAR as a Hub ({@code hub}) and as a shop ({@code federation,inventory}): a module that
 * is off is gone from REST, admin pages, OpenAPI and health; and a shop reaches its Hub over HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleSwitchIT {

    @RegisterExtension
    static final Cluster cluster = Cluster.of(hub("hub"),
            shop("shop", "hub").env("FEDMARKET_FEDERATION_HUB_WATCH_INTERVAL", "PT1S"));

    private static Node hubNode() {
        return cluster.node("hub");
    }

    private static Node shopNode() {
        return cluster.node("shop");
    }

    @Test
    @Order(1)
    void theHubServesHubRoutesAndNoShopRoutesEvenToAnAdministrator() {
        Http hub = hubNode().http().asAdmin();
        assertEquals("hub", hub.get("/api/hub").assertStatus(200).json().getString("name"));
        hub.get("/api/inventory/products").assertProblem(404);
        hub.get("/api/v1/products").assertProblem(404);
        hub.get("/api/federation/hub").assertProblem(404);
    }

    @Test
    @Order(1)
    void aHubAndAShopOnOneHostKeepTheirOwnSignInsInOneBrowser() {
        try (Browser browser = new Browser(hubNode().baseUrl())) {
            for (Node node : List.of(hubNode(), shopNode())) {
                browser.visit(node.baseUrl() + "/admin/");
                browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                        .click("#login\\:submit");
                assertEquals(node.baseUrl() + "/admin/", browser.url(), "signed in at " + node.name());
            }
            browser.visit(hubNode().baseUrl() + "/admin/");
            assertEquals(hubNode().baseUrl() + "/admin/", browser.url(), "signing in at the shop kept the Hub's sign-in");
            assertTrue(browser.cookie("session-hub") != null && browser.cookie("session-shop") != null, "a session cookie per node");
        }
    }

    @Test
    @Order(1)
    void aModuleThatIsOffAnswersLikeAnUnknownRouteWithoutAskingForALogin() {
        JsonObject gone = hubNode().http().get("/api/inventory/products").assertProblem(404);
        JsonObject unknown = hubNode().http().get("/api/no-such-thing").assertProblem(404);
        assertEquals(unknown.getString("title"), gone.getString("title"));
        assertEquals(unknown.getString("type"), gone.getString("type"));
        // not 401, 415 or 405, which would tell the route exists: the module's routes are gone before anything is checked
        hubNode().http().get("/api/events/shared").assertProblem(404);
        hubNode().http().send("POST", "/api/federation/inbox", "text/plain", "x").assertProblem(404);
        hubNode().http().get("/api/federation/challenge").assertProblem(404);
        hubNode().http().as(Cluster.ADMIN_USER, "wrong password").get("/api/v1/products").assertProblem(404);
        // the shop features the shell hosts are the inventory's: a Hub serves none of them
        for (String route : List.of("/api/events", "/api/admin/webhooks", "/api/admin/tokens")) {
            hubNode().http().asAdmin().get(route).assertProblem(404);
            shopNode().http().asAdmin().get(route).assertStatus(200);
        }
    }

    @Test
    @Order(1)
    void theShopServesShopRoutesAndNoHubRoutes() {
        Http shop = shopNode().http().asAdmin();
        assertEquals(0, shop.get("/api/inventory/products").assertStatus(200).jsonArray().size(),
                "a shop starts with an empty catalogue unless the sample is asked for");
        shop.get("/api/hub").assertProblem(404);
        shopNode().http().get("/api/inventory/products").assertProblem(401);
    }

    @Test
    @Order(1)
    void adminPagesOfModulesThatAreOffAreNotFound() {
        hubNode().http().asAdmin().get("/admin/inventory/index.xhtml").assertProblem(404);
        hubNode().http().asAdmin().get("/admin/federation/index.xhtml").assertProblem(404);
        hubNode().http().asAdmin().get("/admin/hub/index.xhtml").assertStatus(200);
        for (String page : List.of("/admin/events.xhtml", "/admin/webhooks.xhtml", "/admin/tokens.xhtml")) {
            hubNode().http().asAdmin().get(page).assertProblem(404);
            shopNode().http().asAdmin().get(page).assertStatus(200);
        }
        shopNode().http().asAdmin().get("/admin/hub/index.xhtml").assertProblem(404);
        shopNode().http().asAdmin().get("/admin/inventory/index.xhtml").assertStatus(200);
    }

    @Test
    @Order(1)
    void openApiListsOnlyThePathsOfModulesThatAreOn() {
        String hubDoc = hubNode().http().get("/openapi").assertStatus(200).body();
        assertTrue(hubDoc.contains("/api/hub:"), hubDoc);
        assertFalse(hubDoc.contains("/api/inventory"), hubDoc);
        assertFalse(hubDoc.contains("/api/federation"), hubDoc);
        assertTrue(hubDoc.contains("/api/node:"), "platform paths stay");

        String shopDoc = shopNode().http().get("/openapi").assertStatus(200).body();
        assertTrue(shopDoc.contains("/api/inventory/products:"), shopDoc);
        assertTrue(shopDoc.contains("/api/federation/hub:"), shopDoc);
        assertFalse(shopDoc.contains("/api/hub:"), shopDoc);
    }

    @Test
    @Order(1)
    void theOpenApiDocumentOfEachRolePassesTheLinter() {
        OpenApiLint.assertClean("hub", hubNode().http().get("/openapi").assertStatus(200).body());
        OpenApiLint.assertClean("shop", shopNode().http().get("/openapi").assertStatus(200).body());
    }

    @Test
    @Order(1)
    void healthAndNodeInfoReportWhichModulesAreOn() {
        assertModules(hubNode(), "on", "off", "off");
        assertModules(shopNode(), "off", "on", "on");
        assertEquals("[\"federation\",\"inventory\"]",
                shopNode().http().get("/api/node").assertStatus(200).json().getJsonArray("modules").toString());
    }

    @Test
    @Order(2)
    void jobsRunOnlyWhereTheirModuleIsOn() {
        shopNode().awaitLog(Pattern.compile("The Hub at \\S+ is reachable"), Duration.ofSeconds(20));
        String shopMetrics = shopNode().metrics("").body();
        java.util.regex.Matcher runs = Pattern.compile("fedmarket_job_runs_total\\{[^}]*task=\"hub-watch\"[^}]*} ([0-9.]+)")
                .matcher(shopMetrics);
        assertTrue(runs.find() && Double.parseDouble(runs.group(1)) >= 1, "hub-watch ran on the shop: " + shopMetrics);
        String hubMetrics = hubNode().metrics("").body();
        assertFalse(hubMetrics.contains("hub-watch"), "the federation job never ran on the Hub");
        assertFalse(hubNode().log().contains("Job hub-watch"), "and was never scheduled there");
    }

    @Test
    @Order(2)
    void theShopCallsItsHubOverHttp() {
        JsonObject link = shopNode().http().asAdmin().get("/api/federation/hub").assertStatus(200).json();
        assertTrue(link.getBoolean("reachable"), link.toString());
        assertEquals("hub", link.getString("hubName"), "the answer came from the hub node");
        assertEquals(hubNode().baseUrl(), link.getString("hubUrl"));
    }

    @Test
    @Order(3)
    void whenTheHubIsDownTheShopSaysSoAndKeepsServing() {
        hubNode().stop();
        JsonObject link = shopNode().http().asAdmin().get("/api/federation/hub").assertStatus(200).json();
        assertFalse(link.getBoolean("reachable"), link.toString());
        assertTrue(link.getString("problem").contains("Connect"), link.toString());
        shopNode().awaitLog(Pattern.compile("The Hub at \\S+ is unreachable"), Duration.ofSeconds(20));
        shopNode().http().get("/health/ready").assertStatus(200);
        JsonObject operations = operations(shopNode());
        assertFalse(operations.getBoolean("hubReachable"), "health tells the operator: " + operations);
        assertTrue(operations.getString("hubProblem").contains("Connect"), operations.toString());
        assertTrue(java.time.Instant.parse(operations.getString("hubLastReachableAt"))
                .isBefore(java.time.Instant.parse(operations.getString("hubCheckedAt"))), operations.toString());
    }

    @Test
    @Order(2)
    void healthShowsEachNodesLinksWithoutTheFactsOfModulesThatAreOff() {
        shopNode().awaitLog(Pattern.compile("The Hub at \\S+ is reachable"), Duration.ofSeconds(20));
        JsonObject shop = operations(shopNode());
        assertTrue(shop.getBoolean("hubReachable"), shop.toString());
        assertEquals(0, shop.getInt("outboxWaiting"), shop.toString());
        assertEquals(0, shop.getInt("partnerFeedsFailing"), shop.toString());
        JsonObject hub = operations(hubNode());
        assertTrue(hub.containsKey("outboxWaiting"), hub.toString());
        assertFalse(hub.containsKey("hubReachable") || hub.containsKey("partnerFeeds"), "no federation facts on a Hub: " + hub);
    }

    private static JsonObject operations(Node node) {
        JsonObject ready = node.http().get("/health/ready").assertStatus(200).json();
        assertEquals("UP", ready.getString("status"), ready.toString());
        return ready.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("operations")).findFirst().orElseThrow().getJsonObject("data");
    }

    private static void assertModules(Node node, String hub, String federation, String inventory) {
        JsonObject modules = node.http().get("/health").assertStatus(200).json().getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("modules"))
                .findFirst().orElseThrow().getJsonObject("data");
        assertEquals(hub, modules.getString("hub"), node.name() + " hub");
        assertEquals(federation, modules.getString("federation"), node.name() + " federation");
        assertEquals(inventory, modules.getString("inventory"), node.name() + " inventory");
    }
}
