package org.fedmarket.inventory.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What a shop serves its partners from its inventory (FEDERATION.md, "Inventory exchange"), relative
 * to its API root ({@code <base URL>/api}); every call carries {@code Authorization: FedmarketCall <token>}.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerInventoryApi {

    /** The catalogue revision an answer is at (also the number in its ETag). */
    String REVISION_HEADER = "Fedmarket-Catalogue-Revision";

    /** The full catalogue ({@code List<ListedProduct>}), or 304 if {@code ifNoneMatch} is current; needs share-inventory. */
    @GET
    @Path("/products")
    Response products(@HeaderParam("Authorization") String callToken, @HeaderParam("If-None-Match") String ifNoneMatch);

    /** The changes after revision {@code since} ({@link CatalogueDelta}), or 304; needs share-inventory. */
    @GET
    @Path("/products")
    Response changes(@HeaderParam("Authorization") String callToken, @HeaderParam("If-None-Match") String ifNoneMatch,
                     @QueryParam("since") long since);

    /** Holds {@code quantity} units; needs sell and a token bound to this request. */
    @GET
    @Path("/product/{id}")
    HoldGranted hold(@HeaderParam("Authorization") String callToken, @PathParam("id") String productId,
                     @QueryParam("quantity") int quantity, @QueryParam("reference") String reference);

    /** Places an order ({@link OrderRequest} as JSON bytes, which the token's body hash covers); needs sell. */
    @POST
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    OrderState order(@HeaderParam("Authorization") String callToken, @HeaderParam("Idempotency-Key") String idempotencyKey,
                     byte[] order);

    /** An order placed before; needs sell. */
    @GET
    @Path("/order/{orderId}")
    OrderState order(@HeaderParam("Authorization") String callToken, @PathParam("orderId") String orderId);
}
