package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.regex.Pattern;

import static it.org.fedmarket.support.NodeSpec.hub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node started without configured administrator is set up through its one-time setup page. */
class FirstSetupBrowserIT {

    @RegisterExtension
    static final Cluster cluster = Cluster.of(hub("fresh-hub").withoutAdmin());

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
