package org.fedmarket.federation.application;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every 4xx/5xx answer of the Hub into a {@link HubRefusedException} carrying the Hub's problem. */
public class HubProblemMapper implements ResponseExceptionMapper<HubRefusedException> {

    @Override
    public HubRefusedException toThrowable(Response response) {
        String body;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return HubRefusedException.of(response.getStatus(), body, response.getHeaderString("Retry-After"));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
