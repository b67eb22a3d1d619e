package it.org.fedmarket;

import it.org.fedmarket.support.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of error answers with RFC 9457 problem+json and the right status, never a stack trace. */
class ProblemDetailsIT {

    private final Http node = Http.itServer();
    private final Http admin = node.asAdmin();

    @Test
    void unknownApiRouteIs404() {
        JsonObject problem = node.get("/api/no/such/route").assertProblem(404);
        assertEquals("about:blank", problem.getString("type"));
        assertEquals("/api/no/such/route", problem.getString("instance"));
    }

    @Test
    void unknownPageIs404AndBrowsersGetHtml() {
        node.get("/no-such-page.html").assertProblem(404);
        var html = node.header("Accept", "text/html").get("/no-such-page.html");
        assertEquals(404, html.status());
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.body().contains("404 Not Found"), html.body());
    }

    @Test
    void wrongMethodIs405WithAllow() {
        var reply = node.send("DELETE", "/api/node", null, null);
        reply.assertProblem(405);
        assertTrue(reply.header("Allow").contains("GET"), reply.header("Allow"));
    }

    @Test
    void unsupportedMediaTypeIs415() {
        admin.send("POST", "/api/admin/accounts", "text/plain", "username=x").assertProblem(415);
    }

    @Test
    void malformedJsonIs400() {
        JsonObject problem = admin.postJson("/api/admin/accounts", "{\"username\": ").assertProblem(400);
        assertEquals("urn:fedmarket:problem:malformed-body", problem.getString("type"));
    }

    @Test
    void wronglyTypedJsonIs422NamingTheField() {
        JsonObject problem = admin.postJson("/api/admin/accounts", "[1, 2]").assertProblem(422);
        assertEquals("urn:fedmarket:problem:validation", problem.getString("type"));
        assertEquals("body", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void failedValidationIs422AndNamesEveryField() {
        JsonObject problem = admin.postJson("/api/admin/accounts", "{\"username\": \" \"}").assertProblem(422);
        assertEquals("urn:fedmarket:problem:validation", problem.getString("type"));
        String fields = problem.getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).sorted().toList().toString();
        assertEquals("[password, username]", fields);
    }

    @Test
    void aBusinessRuleIs422() {
        JsonObject problem = admin.postJson("/api/admin/accounts",
                "{\"username\": \"rules-test\", \"password\": \"short\"}").assertProblem(422);
        assertEquals("urn:fedmarket:problem:weak-password", problem.getString("type"));
    }

    @Test
    void aConflictIs409() {
        admin.postJson("/api/admin/accounts", "{\"username\": \"twice\", \"password\": \"long enough password\"}")
                .assertStatus(201);
        JsonObject problem = admin.postJson("/api/admin/accounts",
                "{\"username\": \"Twice\", \"password\": \"another long password\"}").assertProblem(409);
        assertEquals("urn:fedmarket:problem:username-taken", problem.getString("type"));
    }

    @Test
    void missingLoginIs401WithAChallenge() {
        var reply = node.get("/api/admin/accounts");
        reply.assertProblem(401);
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"), reply.header("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIs401() {
        node.as("admin", "wrong password").get("/api/admin/accounts").assertProblem(401);
        node.as("nobody-of-that-name", "any password").get("/api/node").assertProblem(401);
    }
}
