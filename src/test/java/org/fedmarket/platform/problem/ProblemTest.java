package org.fedmarket.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProblemTest {

    @Test
    void plainHttpErrorsAreAboutBlankWithTheReasonPhrase() {
        JsonObject json = Problem.ofStatus(404, "No resource at /x", "/x").toJson();
        assertEquals("about:blank", json.getString("type"));
        assertEquals("Not Found", json.getString("title"));
        assertEquals(404, json.getInt("status"));
        assertEquals("/x", json.getString("instance"));
    }

    @Test
    void domainExceptionsCarryTheirTypeStatusAndExtensions() {
        DomainException conflict = new ConflictException("username-taken", "The username 'a' is taken");
        JsonObject json = conflict.toProblem("/api/admin/accounts").toJson();
        assertEquals("urn:fedmarket:problem:username-taken", json.getString("type"));
        assertEquals(409, json.getInt("status"));
        assertEquals("The username 'a' is taken", json.getString("detail"));

        JsonObject extended = Problem.ofStatus(422, null, null).with("available", Json.createValue(3)).toJson();
        assertEquals(3, extended.getInt("available"));
        assertEquals("Unprocessable Content", extended.getString("title"));
        assertFalse(extended.containsKey("detail"), "absent members are omitted, not null");
    }
}
