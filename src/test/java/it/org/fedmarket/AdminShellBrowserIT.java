package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator signs in to the admin shell in a real browser, sees the modules and signs out. */
class AdminShellBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(Http.itServer().baseUrl());
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void signInSeeTheModulesVisitAModuleAndSignOut() {
        browser.open("/admin/inventory/index.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());

        browser.type("#login\\:username", "admin").type("#login\\:password", "not the password")
                .click("#login\\:submit");
        assertTrue(browser.text("main").contains("Wrong username or password"), browser.text("main"));

        browser.type("#login\\:username", Cluster.ADMIN_USER)
                .type("#login\\:password", Cluster.ADMIN_PASSWORD)
                .click("#login\\:submit");
        assertEquals("/admin/inventory/index.xhtml", browser.path(), "back where the login interrupted");
        assertTrue(browser.text("#products").contains("Merino wool socks"), browser.text("main"));

        String session = browser.cookie("session-fedmarket");
        assertTrue(session != null, "signed in through a session");
        Http.itServer().header("Cookie", "session-fedmarket=" + session).get("/admin/").assertStatus(200);
        Http.itServer().header("Cookie", "session-fedmarket=" + session).get("/api/admin/accounts").assertProblem(401);

        browser.open("/admin/");
        assertEquals("on", browser.text("#module-hub .state"));
        assertEquals("on", browser.text("#module-federation .state"));
        assertEquals("on", browser.text("#module-inventory .state"));
        assertEquals(Cluster.ADMIN_USER, browser.text("#signed-in-as"));

        browser.click("#nav-federation");
        assertEquals("reachable", browser.text("#hub-state").split(" ")[0]);

        browser.click("#nav-keys");
        int keysBefore = browser.count("#keys tbody tr");
        String currentBefore = browser.text("#keys tbody tr:first-child td:first-child");
        browser.clickAndConfirm("#rotation\\:rotate");
        assertTrue(browser.text("#notice").contains("is current now"), browser.text("main"));
        assertEquals(keysBefore + 1, browser.count("#keys tbody tr"), "the new key is listed beside the old one");
        String currentAfter = browser.text("#keys tbody tr:first-child td:first-child");
        assertTrue(!currentAfter.equals(currentBefore) && browser.text("#notice").contains(currentAfter));
        assertEquals("current", browser.text("#keys tbody tr:first-child .state"));
        assertEquals("grace", browser.text("#keys tbody tr:nth-child(2) .state"));
        browser.open("/admin/audit.xhtml?action=keys.rotated");
        assertEquals(Cluster.ADMIN_USER, browser.text("#entries tbody tr:first-child .actor"), "the audit log names who rotated");
        assertEquals("keys.rotated", browser.text("#entries tbody tr:first-child .action"));

        everyPageFitsTheWindowAndShowsReadableTimes();

        browser.click("#account\\:sign-out");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        browser.open("/admin/");
        assertTrue(browser.path().startsWith("/login.xhtml"), "the session is gone: " + browser.path());
    }

    /** At 1280 px no page scrolls sideways, and every time is readable text with its exact instant kept for hover. */
    private static void everyPageFitsTheWindowAndShowsReadableTimes() {
        Pattern rawInstant = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        int times = 0;
        for (String page : List.of("/admin/", "/admin/hub/", "/admin/federation/", "/admin/federation/partnerships.xhtml",
                "/admin/federation/exchange.xhtml", "/admin/inventory/", "/admin/inventory/orders.xhtml", "/admin/keys.xhtml",
                "/admin/tokens.xhtml", "/admin/webhooks.xhtml", "/admin/events.xhtml", "/admin/outbox.xhtml?state=delivered",
                "/admin/accounts.xhtml", "/admin/audit.xhtml")) {
            browser.open(page);
            assertFalse(browser.path().startsWith("/login"), page);
            assertEquals(1280L, browser.script("return window.outerWidth;"), "the window the test means");
            Long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, page + " scrolls sideways by " + overflow + " px");
            String text = browser.text("main");
            assertFalse(rawInstant.matcher(text).find(), page + " shows a raw instant: " + text);
            @SuppressWarnings("unchecked")
            List<List<String>> shown = (List<List<String>>) browser.script("return Array.from(document.querySelectorAll("
                    + "'time.instant')).map(t => [t.getAttribute('datetime'), t.title, t.textContent]);");
            for (List<String> time : shown) {
                Instant exact = Instant.parse(time.get(0));
                assertEquals(time.get(0), time.get(1), "the exact instant on hover");
                assertTrue(time.get(2).contains(String.valueOf(exact.atZone(java.time.ZoneId.systemDefault()).getYear())),
                        "readable, in the reader's zone: " + time);
            }
            times += shown.size();
        }
        assertTrue(times >= 5, "times were shown and checked: " + times);
    }
}
