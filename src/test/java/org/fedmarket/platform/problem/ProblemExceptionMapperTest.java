package org.fedmarket.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemExceptionMapperTest {

    private final ProblemExceptionMapper mapper = new ProblemExceptionMapper();

    private static JsonObject body(Response response) {
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }

    @Test
    void anUnexpectedFailureIs500WithAnErrorIdAndNothingOfItsMessage() {
        Logger log = Logger.getLogger(ProblemExceptionMapper.class.getName());
        Level before = log.getLevel();
        log.setLevel(Level.OFF); // the failure is logged on purpose; keep the test output clean
        try {
            Response response = mapper.toResponse(new IllegalStateException("password=hunter2\n\tat secret.Internals"));
            JsonObject problem = body(response);
            assertEquals(500, response.getStatus());
            assertEquals("urn:fedmarket:problem:internal-error", problem.getString("type"));
            assertTrue(problem.getString("detail").contains(problem.getString("errorId")));
            assertFalse(response.getEntity().toString().contains("hunter2"));
            assertFalse(response.getEntity().toString().contains("Internals"));
        } finally {
            log.setLevel(before);
        }
    }

    @Test
    void aJsonBindingFailureAnywhereInTheCauseChainIsAMalformedBody() {
        Response response = mapper.toResponse(new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unexpected char")));
        assertEquals(400, response.getStatus());
        assertEquals("urn:fedmarket:problem:malformed-body", body(response).getString("type"));
    }

    @Test
    void domainExceptionsKeepTheirStatusAndType() {
        Response response = mapper.toResponse(new NoSuchEntityException("Product", "sock-1"));
        assertEquals(404, response.getStatus());
        JsonObject problem = body(response);
        assertEquals("urn:fedmarket:problem:not-found", problem.getString("type"));
        assertEquals("Product 'sock-1' does not exist", problem.getString("detail"));
    }

    @Test
    void anUnknownRouteIsAPlain404() {
        Response response = mapper.toResponse(new NotFoundException());
        assertEquals(404, response.getStatus());
        assertEquals("about:blank", body(response).getString("type"));
    }
}
