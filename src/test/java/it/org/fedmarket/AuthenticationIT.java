package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Http;
import it.org.fedmarket.support.Reply;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void pageSourcesAreNeverServed() {
        Reply reply = admin.get("/WEB-INF/templates/layout.xhtml");
        assertTrue(reply.status() == 403 || reply.status() == 404, "status " + reply.status());
        assertTrue(!reply.body().contains("ui:insert"), reply.body());
    }
}
