package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API tokens for a shop's integrations: scoped, shown once, stored as a hash only, revocable. */
class ApiTokenIT {

    private final Http node = Http.itServer();

    private JsonObject create(String name, String scopes) {
        return node.asAdmin().postJson("/api/admin/tokens", "{\"name\":\"" + name + "\",\"scopes\":" + scopes + "}").assertStatus(201).json();
    }

    @Test
    void aTokenWorksWithinItsScopesUntilRevoked() {
        JsonObject made = create("repricing-bot", "[\"catalogue-read\"]");
        String token = made.getString("token");
        Http bot = node.header("Authorization", "Token " + token);
        bot.get("/api/inventory/products").assertStatus(200);
        node.header("Authorization", "Bearer " + token).get("/api/inventory/rates").assertStatus(200);
        assertEquals(403, bot.postJson("/api/inventory/products/any/restock", "{\"quantity\":1}").assertProblem(403).getInt("status"),
                "restocking needs the stock scope");
        bot.get("/api/inventory/orders").assertProblem(403);
        bot.get("/api/admin/tokens").assertProblem(403);

        String publicId = made.getJsonObject("view").getString("publicId");
        node.asAdmin().send("DELETE", "/api/admin/tokens/" + publicId, null, null).assertStatus(200);
        assertEquals("The API token is unknown or revoked", bot.get("/api/inventory/products").assertProblem(401).getString("detail"));
        node.asAdmin().send("DELETE", "/api/admin/tokens/" + publicId, null, null).assertProblem(409);
    }

    @Test
    void unknownTokensAreRefused() {
        node.header("Authorization", "Token fmt_" + "A".repeat(43)).get("/api/inventory/products").assertProblem(401);
        node.header("Authorization", "Token nonsense").get("/api/inventory/products").assertProblem(401);
        node.asAdmin().postJson("/api/admin/tokens", "{\"name\":\"x\",\"scopes\":[\"everything\"]}").assertProblem(422);
    }

    @Test
    void theDatabaseKeepsOnlyTheTokensHashAsItsPublicId() throws Exception {
        String token = create("erp", "[\"stock\",\"orders\"]").getString("token");
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", "postgres");
        try (Connection db = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:"
                + System.getProperty("fedmarket.it.db.port") + "/fedmarket", login);
             ResultSet rows = db.createStatement().executeQuery("SELECT * FROM platform.api_token")) {
            boolean found = false;
            while (rows.next()) {
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    String value = rows.getString(c);
                    assertFalse(value != null && value.contains(token.substring(4)), "column " + rows.getMetaData().getColumnName(c) + " holds the token");
                }
                found |= expected.equals(rows.getString("public_id"));
            }
            assertTrue(found, "the public id is base64url(SHA-256(token))");
        }
    }

    @Test
    void anAdministratorMakesATokenInTheBrowserAndSeesItOnce() {
        try (Browser browser = new Browser(node.baseUrl())) {
            browser.open("/admin/tokens.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD).click("#login\\:submit");
            browser.type("#new-token\\:name", "browser-bot");
            browser.find("#new-token\\:scopes\\:0").click(); // a checkbox: no page load
            browser.click("#new-token\\:create");
            String token = browser.text("#token");
            assertTrue(token.startsWith("fmt_"), token);
            node.header("Authorization", "Token " + token).get("/api/inventory/products").assertStatus(200);
            browser.open("/admin/tokens.xhtml");
            assertEquals(0, browser.count("#token"), "shown once");
            assertTrue(browser.pageSource().contains("browser-bot"));
            assertFalse(browser.pageSource().contains(token));
        }
    }
}
