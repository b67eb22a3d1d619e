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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.application.ExchangeMetrics;
import org.fedmarket.inventory.application.Sales;
import org.fedmarket.inventory.application.Holds;
import org.fedmarket.inventory.application.NotEnoughStockException;
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
    ExchangeMetrics meter;
    @Inject
    Sales sales;
    @Context
    HttpServletRequest request;

    @GET
    @RateLimited("holds")
    @PartnerCall(value = "sell", changes = true)
    @Operation(summary = "Holds quantity units of product <shop id>:<sku> until the returned expiry; repeating the call"
            + " (same product and reference) changes that hold instead of adding one. 409 with `available` if there are"
            + " fewer. Needs a call token bound to this request (htm/htu/bh) and the right sell")
    public HoldGranted hold(@PathParam("id") String id, @QueryParam("quantity") String quantity,
                            @QueryParam("reference") String reference) {
        int n;
        try {
            n = quantity == null ? 1 : Integer.parseInt(quantity);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("quantity-invalid", "quantity is a whole number, not '" + quantity + "'");
        }
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
