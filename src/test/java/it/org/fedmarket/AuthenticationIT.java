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
    void pageSourcesAreNeverServed() {
        Reply reply = admin.get("/WEB-INF/templates/layout.xhtml");
        assertTrue(reply.status() == 403 || reply.status() == 404, "status " + reply.status());
        assertTrue(!reply.body().contains("ui:insert"), reply.body());
    }
}
