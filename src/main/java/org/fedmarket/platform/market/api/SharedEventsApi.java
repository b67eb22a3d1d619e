package org.fedmarket.platform.market.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A shop's event feed for a partner holding share-data (FEDERATION.md, "Event feed"), relative to its
 * API root; the answer is a page: {@code {"events": [...], "next": "<cursor>"}}.
 */
@Path("/events/shared")
@Produces(MediaType.APPLICATION_JSON)
public interface SharedEventsApi {

    @GET
    String events(@HeaderParam("Authorization") String callToken, @QueryParam("after") String after, @QueryParam("limit") String limit);
}
