package org.fedmarket.federation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.federation.application.PurchaseRecords;
import org.fedmarket.federation.application.PurchaseView;
import org.fedmarket.federation.application.Purchases;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.problem.Refuses;

import java.util.List;
import java.util.UUID;

/** Purchases of partners' products: made, listed, read, taken further. */
@Path("/federation/purchases")
@Tag(name = "federation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PurchaseResource {

    @Inject
    Purchases purchases;
    @Inject
    PurchaseRecords records;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Holds a partner's product and orders it at the partner (201); stage tells how far it got")
    @APIResponse(responseCode = "201", description = "The purchase, as far as it got (placed, failed, or waiting to be resumed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseView.class)))
    @APIResponse(responseCode = "200", description = "The purchase an earlier request with the same Idempotency-Key made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseView.class)))
    @Refuses({"404 not-found", "409 idempotency-key-reused", "422 partner-unknown", "422 purchase-invalid"})
    public Response buy(@Valid Purchases.PurchaseRequest request,
                        @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey) {
        Purchases.Bought bought = purchases.buy(request, idempotencyKey, "admin:" + security.getUserPrincipal().getName());
        return Response.status(bought.created() ? 201 : 200).entity(bought.purchase()).build();
    }

    @GET
    @Operation(summary = "The latest 200 purchases of partners' products, newest first, with their history")
    public List<PurchaseView> purchases() {
        return records.recent();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One purchase with its history")
    @Refuses("404 not-found")
    public PurchaseView purchase(@PathParam("id") String id) {
        return records.view(uuid(id));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Takes a purchase the partner did not answer further, with the same hold reference and order key")
    @Refuses({"404 not-found", "422 partner-unknown"})
    public PurchaseView retry(@PathParam("id") String id) {
        return purchases.proceed(uuid(id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchEntityException("Purchase", id);
        }
    }
}
