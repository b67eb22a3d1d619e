package org.fedmarket.federation.application;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Conditional GETs through MicroProfile Rest Client: the client reports a {@code 304 Not Modified}
 * as an exception (RESTEasy's redirection handling), though for a conditional request it is an answer.
 */
final class ConditionalAnswers {

    private ConditionalAnswers() {
    }

    /** The response of {@code call}, including a 304. */
    static Response of(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 304) {
                return e.getResponse();
            }
            throw e;
        }
    }
}
