package org.fedmarket.inventory.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.application.NotEnoughStockException;
import org.fedmarket.inventory.application.PartnerOrders;
import org.fedmarket.inventory.application.PartnerSalesMetrics;
import org.fedmarket.inventory.application.Sales;
import org.fedmarket.platform.partner.PartnerCall;
import org.fedmarket.platform.partner.PartnerCallFilter;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.platform.ratelimit.RateLimited;

/** Orders partners place for this shop's products: for partners that hold sell. */
@Path("/v1/order") // PartnerInventoryApi
@Tag(name = "partner calls")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerOrderResource {

    @Inject
    PartnerOrders orders;
    @Inject
    PartnerSalesMetrics meter;
    @Inject
    Sales sales;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited("orders")
    @PartnerCall("sell")
    @Operation(summary = "Places an order (201); the same orderId or Idempotency-Key again answers with the first result (200)."
            + " A changed price, an ended or foreign hold or missing stock refuse it (409/422) and change nothing")
    @APIResponse(responseCode = "201", description = "The order, placed now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderState.class)))
    @APIResponse(responseCode = "200", description = "The order placed before with this orderId or Idempotency-Key, as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderState.class)))
    @Refuses({"404 not-found", "409 hold-ended", "409 hold-too-small", "409 not-enough-stock", "409 order-id-reused",
            "409 price-changed", "422 hold-unknown", "422 order-invalid", "422 order-missing", "422 product-unavailable",
            "422 total-mismatch"})
    public Response place(@Valid OrderRequest order, @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey) {
        PartnerOrders.Placed placed;
        try {
            placed = orders.place(caller(), order, idempotencyKey);
        } catch (NotEnoughStockException e) {
            sales.refused(caller(), e);
            throw e;
        }
        if (placed.created()) {
            meter.ordered(caller());
        }
        return Response.status(placed.created() ? 201 : 200).entity(placed.order()).build();
    }

    @GET
    @Path("/{orderId}")
    @PartnerCall("sell")
    @Operation(summary = "An order this partner placed, with its status history")
    @Refuses("404 not-found")
    public OrderState get(@PathParam("orderId") String orderId) {
        return orders.state(caller(), orderId);
    }

    private String caller() {
        return (String) request.getAttribute(PartnerCallFilter.CALLER);
    }
}
