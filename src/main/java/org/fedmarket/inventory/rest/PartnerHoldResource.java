package org.fedmarket.inventory.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.fedmarket.platform.input.Limits;

import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.application.PartnerSalesMetrics;
import org.fedmarket.inventory.application.Sales;
import org.fedmarket.inventory.application.Holds;
import org.fedmarket.inventory.application.NotEnoughStockException;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.platform.partner.PartnerCall;
import org.fedmarket.platform.ratelimit.RateLimited;
import org.fedmarket.platform.partner.PartnerCallFilter;
import org.fedmarket.platform.problem.BusinessRuleException;

/** The seed's availability check, which places a hold: for partners that hold sell. */
@Path("/v1/product/{id}") // PartnerInventoryApi
@Tag(name = "partner calls")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerHoldResource {

    @Inject
    Holds holds;
    @Inject
    PartnerSalesMetrics meter;
    @Inject
    Sales sales;
    @Context
    HttpServletRequest request;
    @Context
    UriInfo uri;

    /** The lexical form of a quantity: decimal digits without sign or leading zero, at most five. */
    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]{0,4}");

    @GET
    @RateLimited("holds")
    @PartnerCall(value = "sell", changes = true)
    @Operation(summary = "Holds quantity units of product <shop id>:<sku> until the returned expiry; repeating the call"
            + " (same product and reference) changes that hold instead of adding one. 409 with `available` if there are"
            + " fewer. Needs a call token bound to this request (htm/htu/bh) and the right sell")
    @Refuses({"404 not-found", "409 hold-contended", "409 not-enough-stock", "422 quantity-invalid", "422 reference-invalid"})
    public HoldGranted hold(@PathParam("id") String id, @QueryParam("quantity") String quantity,
                            @QueryParam("reference") String reference) {
        if (uri.getQueryParameters().getOrDefault("quantity", List.of()).size() > 1) {
            throw new BusinessRuleException("quantity-invalid", "quantity may be given once");
        }
        if (uri.getQueryParameters().getOrDefault("reference", List.of()).size() > 1) {
            throw new BusinessRuleException("reference-invalid", "reference may be given once");
        }
        if (quantity != null && !WHOLE.matcher(quantity).matches()) {
            throw new BusinessRuleException("quantity-invalid", "quantity is a whole number from 1 to " + Limits.MAX_QUANTITY
                    + " in decimal digits");
        }
        int n = quantity == null ? 1 : Integer.parseInt(quantity);
        String partner = (String) request.getAttribute(PartnerCallFilter.CALLER);
        try {
            HoldGranted granted = holds.hold(partner, id, n, reference);
            meter.held(partner);
            return granted;
        } catch (NotEnoughStockException e) {
            sales.refused(partner, e);
            throw e;
        }
    }
}
