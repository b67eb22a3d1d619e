package org.fedmarket.hub.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The Hub's REST contract, relative to the Hub's API root ({@code <hub base URL>/api}).
 * Shops use it as a MicroProfile REST client; the Hub implements it.
 */
@Path("/hub")
@Produces(MediaType.APPLICATION_JSON)
public interface HubApi {

    /** Who the Hub is and which protocol version it speaks. Public. */
    @GET
    HubDescriptor describe();
}
