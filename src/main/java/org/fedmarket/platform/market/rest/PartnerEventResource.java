package org.fedmarket.platform.market.rest;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.partner.PartnerCall;
import org.fedmarket.platform.partner.PartnerCallFilter;
import org.fedmarket.platform.partner.PartnerDirectory;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.platform.ratelimit.RateLimited;

import java.util.Set;
import java.util.TreeSet;

/**
 * The event feed for a partner holding share-data: only events about the products the two shops share —
 * the partner's products this shop lists or sold, and this shop's own products when the partner may
 * read its catalogue (share-inventory).
 */
@Path("/events/shared")
@Tag(name = "partner calls")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerEventResource {

    @Inject
    MarketEvents events;
    @Inject
    Provider<PartnerDirectory> directory;
    @Context
    HttpServletRequest request;

    @GET
    @RateLimited("events")
    @PartnerCall("share-data")
    @Operation(summary = "This shop's market situations and sales about products shared with the calling partner, after the"
            + " cursor; needs the right share-data")
    @Refuses({"422 cursor-invalid", "422 limit-invalid"})
    public MarketEvents.Page feed(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        String partner = (String) request.getAttribute(PartnerCallFilter.CALLER);
        Set<String> about = new TreeSet<>(Set.of(partner));
        if (directory.get().grantedTo(partner).contains("share-inventory")) {
            about.add(directory.get().ownShopId());
        }
        return events.page(after, limit, about);
    }
}
