package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.regex.Pattern;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a node starts: impossible settings stop it with one clear message and it never reports ready; a node started
 * without a configured administrator is set up through its one-time setup page. The nodes start together.
 */
class NodeStartIT {

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            node("no-hub").modules("federation").expectingStartFailure(),
            node("bad-module").modules("hub,shop").expectingStartFailure(),
            node("no-master-key").modules("hub").env("FEDMARKET_KEYS_MASTER_KEY", "").expectingStartFailure(),
            node("published-key").modules("hub").env("FEDMARKET_KEYS_MASTER_KEY", "ZGV2ZWxvcG1lbnQtb25seS1tYXN0ZXIta2V5LTMyYiE=")
                    .env("FEDMARKET_NODE_BASE_URL", "https://hub.example").expectingStartFailure(),
            hub("fresh-hub").withoutAdmin());

    @Test
    void federationWithoutAHubUrlAndWithoutTheHubModuleDoesNotStart() {
        Node node = cluster.node("no-hub");
        String log = node.log();
        assertTrue(log.contains("fedmarket cannot start: fedmarket.modules=federation needs a Hub: set fedmarket.hub.url"
                + " (FEDMARKET_HUB_URL) or also enable the hub module"), log);
        assertNotEquals(200, node.http().get("/health/ready").status());
        assertEquals(404, node.http().get("/api/node").status(), "the application serves nothing");
    }

    @Test
    void aNodeThatSignsDoesNotStartWithoutAMasterKey() {
        Node node = cluster.node("no-master-key");
        assertTrue(node.log().contains("fedmarket cannot start: fedmarket.keys.master-key (FEDMARKET_KEYS_MASTER_KEY) must be"
                + " 32 random bytes in base64"), node.log());
        assertNotEquals(200, node.http().get("/health/ready").status());
    }

    @Test
    void anUnknownModuleNameIsNamedInTheMessage() {
        Node node = cluster.node("bad-module");
        assertTrue(node.log().contains("fedmarket cannot start: fedmarket.modules names an unknown module 'shop'"),
                node.log());
        assertNotEquals(200, node.http().get("/health/ready").status());
    }

    @Test
    void thePublishedDevelopmentKeyIsRefusedOffLoopbackAndEveryDevelopmentSettingIsWarnedOf() {
        Node node = cluster.node("published-key");
        String log = node.log();
        assertTrue(log.contains("DEVELOPMENT SETTING — never in production: fedmarket.hub.allow-private-member-urls is true"), log);
        assertTrue(log.contains("fedmarket cannot start: fedmarket.keys.master-key (FEDMARKET_KEYS_MASTER_KEY) is the development key"
                + " published with the source, and this node's base URL https://hub.example is not loopback"), log);
        assertNotEquals(200, node.http().get("/health/ready").status());
    }

    @Test
    void theOperatorCreatesTheFirstAdministratorWithTheCodeFromTheLog() {
        Node node = cluster.node("fresh-hub");
        String code = node.awaitLog(Pattern.compile("one-time setup code ([0-9a-f]{20})"), Duration.ofSeconds(5));
        node.http().get("/api/admin/accounts").assertProblem(401);

        try (Browser browser = new Browser(node.baseUrl())) {
            browser.open("/admin/");
            assertEquals("/setup.xhtml", browser.path(), "an unconfigured node leads to its setup page");

            fill(browser, "00000000000000000000", "operator", "a long operator password");
            assertTrue(browser.text("main").contains("The setup code is wrong"), browser.text("main"));

            fill(browser, code, "operator", "a long operator password");
            assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
            assertTrue(browser.text("#notice").contains("Administrator created"), browser.text("main"));

            browser.type("#login\\:username", "operator").type("#login\\:password", "a long operator password")
                    .click("#login\\:submit");
            assertEquals("/admin/", browser.path());
            assertEquals("on", browser.text("#module-hub .state"));
            assertEquals("off", browser.text("#module-inventory .state"));

            browser.open("/setup.xhtml");
            assertTrue(browser.path().startsWith("/login.xhtml"), "setup is closed once an administrator exists");
        }
        node.http().as("operator", "a long operator password").get("/api/admin/accounts").assertStatus(200);
    }

    private static void fill(Browser browser, String code, String username, String password) {
        browser.type("#setup\\:code", code).type("#setup\\:username", username)
                .type("#setup\\:password", password).type("#setup\\:repeated", password)
                .click("#setup\\:submit");
    }
}
