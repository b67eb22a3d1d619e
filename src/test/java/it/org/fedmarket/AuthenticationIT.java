package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonArray;
import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Reply;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Basic for the API without sessions, redirects to the login page for pages. */
class AuthenticationIT {

    private final Http node = Http.itServer();
    private final Http admin = node.asAdmin();

    @Test
    void basicAuthenticationOpensTheApiWithoutCreatingASession() {
        Reply reply = admin.get("/api/admin/accounts").assertStatus(200);
        assertNull(reply.header("Set-Cookie"), "an API call leaves no session behind");
        assertTrue(reply.jsonArray().stream()
                .anyMatch(a -> a.asJsonObject().getString("username").equals(Cluster.ADMIN_USER)));
    }

    @Test
    void refusedCredentialsAre401EvenWhereNoLoginIsNeeded() {
        assertEquals("Wrong username or password",
                node.as("admin", "not the password").get("/api/node").assertProblem(401).getString("detail"));
        node.get("/api/node").assertStatus(200);
    }

    @Test
    void aPageRedirectsToTheLoginAndRemembersWhereItWas() {
        Reply reply = node.get("/admin/inventory/index.xhtml");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").endsWith("/login.xhtml?next=%2Fadmin%2Finventory%2Findex.xhtml"),
                reply.header("Location"));
        assertEquals(302, node.as("admin", "not the password").get("/admin/").status(), "wrong Basic on a page");
    }

    @Test
    void stateChangingApiRequestsFromOtherSitesAreRefused() {
        String body = "{\"username\": \"cross-site\", \"password\": \"long enough password\"}";
        assertEquals("urn:fedmarket:problem:cross-site-request", admin.header("Origin", "https://evil.example")
                .postJson("/api/admin/accounts", body).assertProblem(403).getString("type"));
        admin.header("Sec-Fetch-Site", "cross-site").postJson("/api/admin/accounts", body).assertProblem(403);
        admin.header("Origin", "null").postJson("/api/admin/accounts", body).assertProblem(403);
        admin.get("/api/admin/accounts/cross-site").assertProblem(404);

        admin.header("Origin", node.baseUrl()).header("Sec-Fetch-Site", "same-origin")
                .postJson("/api/admin/accounts", body).assertStatus(201);
        Reply created = admin.get("/api/admin/accounts/cross-site").assertStatus(200);
        assertEquals("cross-site", created.json().getString("username"), "Location of the 201 resolves");
        admin.header("Origin", "https://evil.example").get("/api/node").assertStatus(200);
    }

    @Test
    void aDisabledAdministratorIsLockedOutAtOnceAndAChangedPasswordEndsTheOldSessions() {
        String password = "second-password-1";
        admin.postJson("/api/admin/accounts", "{\"username\": \"second\", \"password\": \"" + password + "\"}").assertStatus(201);
        Http second = Http.itServer().as("second", password);
        second.get("/api/admin/accounts").assertStatus(200);
        try (Browser browser = new Browser(Http.itServer().baseUrl())) {
            browser.open("/admin/accounts.xhtml");
            browser.type("#login\\:username", "second").type("#login\\:password", password).click("#login\\:submit");
            assertEquals("/admin/accounts.xhtml", browser.path());
            assertEquals("second (you)", browser.text("#account-second .username"));

            assertEquals("account-self", second.postJson("/api/admin/accounts/second/disabling", "").assertProblem(409)
                    .getString("type").replaceAll(".*:", ""));
            JsonObject disabled = admin.postJson("/api/admin/accounts/second/disabling", "").assertStatus(200).json();
            assertEquals(Cluster.ADMIN_USER, disabled.getString("disabledBy"));
            second.get("/api/admin/accounts").assertProblem(401);
            browser.open("/admin/accounts.xhtml");
            assertTrue(browser.path().startsWith("/login.xhtml"), "the open session ended: " + browser.path());

            admin.postJson("/api/admin/accounts/second/enabling", "").assertStatus(200);
            second.get("/api/admin/accounts").assertStatus(200);
            browser.type("#login\\:username", "second").type("#login\\:password", password).click("#login\\:submit");
            assertEquals("/admin/accounts.xhtml", browser.path());

            String changed = "second-password-2";
            second.send("PUT", "/api/admin/accounts/me/password", "application/json",
                    "{\"current\": \"wrong-password-0\", \"replacement\": \"" + changed + "\"}").assertProblem(422);
            second.send("PUT", "/api/admin/accounts/me/password", "application/json",
                    "{\"current\": \"" + password + "\", \"replacement\": \"" + changed + "\"}").assertStatus(204);
            second.get("/api/admin/accounts").assertProblem(401);
            Http.itServer().as("second", changed).get("/api/admin/accounts").assertStatus(200);
            browser.open("/admin/accounts.xhtml");
            assertTrue(browser.path().startsWith("/login.xhtml"), "a session from before the change ended: " + browser.path());

            browser.type("#login\\:username", "second").type("#login\\:password", changed).click("#login\\:submit");
            browser.type("#password\\:current", changed).type("#password\\:replacement", password).click("#password\\:change");
            assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
            assertTrue(browser.text("#changed").contains("sign in with the new one"), browser.text("main"));
            Http.itServer().as("second", password).get("/api/admin/accounts").assertStatus(200);

            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD)
                    .click("#login\\:submit");
            browser.open("/admin/accounts.xhtml");
            browser.clickAndConfirm("#account-second input[value=Disable]");
            assertEquals("disabled by " + Cluster.ADMIN_USER, browser.text("#account-second .state"));
            browser.click("#account-second input[value=Enable]");
            assertEquals("can sign in", browser.text("#account-second .state"));
        }
    }

    @Test
    void theAuditLogSaysWhoChangedWhatAndWhenNeverASecretAndCannotBeAltered() throws Exception {
        String password = "auditor-password-1";
        admin.postJson("/api/admin/accounts", "{\"username\": \"auditor\", \"password\": \"" + password + "\"}").assertStatus(201);
        Http auditor = Http.itServer().as("auditor", password);
        JsonObject product = auditor.get("/api/inventory/products/mug-enamel-01").assertStatus(200).json();
        String body = "{\"sku\": \"mug-enamel-01\", \"name\": " + product.get("name") + ", \"description\": "
                + product.get("description") + ", \"price\": 13.45, \"currency\": " + product.get("currency")
                + ", \"imageUrl\": " + product.get("imageUrl") + "}";
        auditor.send("PUT", "/api/inventory/products/mug-enamel-01", "application/json", body).assertStatus(200);
        auditor.send("PUT", "/api/admin/accounts/me/password", "application/json",
                "{\"current\": \"" + password + "\", \"replacement\": \"auditor-password-2\"}").assertStatus(204);

        JsonArray byAuditor = admin.get("/api/admin/audit?actor=auditor").assertStatus(200).jsonArray();
        assertEquals(2, byAuditor.size(), byAuditor.toString());
        JsonObject priceChange = byAuditor.getJsonObject(1);
        assertEquals("inventory.product-changed", priceChange.getString("action"));
        assertTrue(priceChange.getString("detail").contains("sku=mug-enamel-01") && priceChange.getString("detail").contains("13.45"),
                priceChange.toString());
        JsonObject passwordChange = byAuditor.getJsonObject(0);
        assertEquals("accounts.password-changed", passwordChange.getString("action"));
        assertTrue(passwordChange.getString("detail").contains("hash=(not recorded)"), passwordChange.toString());
        JsonArray added = admin.get("/api/admin/audit?action=accounts.administrator-added&actor=" + Cluster.ADMIN_USER)
                .assertStatus(200).jsonArray();
        assertTrue(added.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("detail").equals(
                "username=auditor, password=(not recorded)")), added.toString());
        String everything = admin.get("/api/admin/audit?limit=500").assertStatus(200).body();
        assertFalse(everything.contains(password) || everything.contains("auditor-password-2"), "no password is ever recorded");
        admin.get("/api/admin/audit?limit=0").assertProblem(422);
        auditor.get("/api/admin/audit").assertProblem(401);

        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", "postgres");
        try (Connection db = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:"
                + System.getProperty("fedmarket.it.db.port") + "/fedmarket", login)) {
            for (String change : List.of("UPDATE platform.audit_log SET actor = 'someone-else'", "DELETE FROM platform.audit_log")) {
                SQLException refused = assertThrows(SQLException.class, () -> db.createStatement().executeUpdate(change));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }

    @Test
    void pageSourcesAreNeverServed() {
        Reply reply = admin.get("/WEB-INF/templates/layout.xhtml");
        assertTrue(reply.status() == 403 || reply.status() == 404, "status " + reply.status());
        assertTrue(!reply.body().contains("ui:insert"), reply.body());
    }
}
