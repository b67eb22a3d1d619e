package org.fedmarket.federation.application;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every 4xx/5xx answer of another node — the Hub or a partner — into a {@link RemoteRefusal} carrying its problem;
 * the Hub's line and the partner client each make their own failure of it.
 */
public class ProblemAnswerMapper implements ResponseExceptionMapper<RemoteRefusal> {

    @Override
    public RemoteRefusal toThrowable(Response response) {
        String body;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return RemoteRefusal.of(response.getStatus(), body, response.getHeaderString("Retry-After"));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
