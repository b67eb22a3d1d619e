package org.fedmarket.platform.market.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.problem.Refuses;

/** The shop's whole event feed, for its administrators and API tokens with the events scope. */
@Path("/events")
@Tag(name = "administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EVENTS})
public class MarketEventResource {

    @Inject
    MarketEvents events;

    @GET
    @Operation(summary = "Market situations and sales in the order they happened, after the cursor (from the first"
            + " without one); `next` resumes right after the page, also when it is empty")
    @Refuses({"422 cursor-invalid", "422 limit-invalid"})
    public MarketEvents.Page feed(@Parameter(description = "a `cursor` or `next` from an earlier page") @QueryParam("after") String after,
                                  @QueryParam("limit") String limit) {
        return events.page(after, limit, null);
    }
}
