package org.fedmarket.inventory.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * What a shop serves its partners from its inventory, relative to its API root
 * ({@code <base URL>/api}); every call carries {@code Authorization: FedmarketCall <token>}.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerInventoryApi {

    /** The partner's active products; needs share-inventory. */
    @GET
    @Path("/products")
    List<ProductView> products(@HeaderParam("Authorization") String callToken);
}
