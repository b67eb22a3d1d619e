package org.fedmarket.federation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.fedmarket.federation.application.PartnershipInbox;
import org.fedmarket.federation.application.PartnershipView;
import org.fedmarket.federation.application.Partnerships;
import org.fedmarket.federation.domain.Partnership.Terms;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partnerships: the administrator's actions, and the inbox where partners' signed messages arrive. */
@Path("/federation/partnerships")
@Tag(name = "partnerships")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipResource {

    public record NewRequest(@Size(max = 40) String partner, @Size(max = 10) List<@Size(max = 32) String> asked,
                             @Size(max = 10) List<@Size(max = 32) String> offered, @Digits(integer = 3, fraction = 2) BigDecimal commissionRate) {
    }

    public record Restoration(@Size(max = 10) List<@Size(max = 32) String> asked, @Size(max = 10) List<@Size(max = 32) String> offered,
                              @Digits(integer = 3, fraction = 2) BigDecimal commissionRate) {
    }

    public record Reason(@Size(max = 500) String reason) {
    }

    @Inject
    Partnerships partnerships;
    @Inject
    PartnershipInbox inbox;
    @Inject
    org.fedmarket.federation.application.PartnerClient partnerClient;
    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every partnership of this shop, incoming and outgoing, with its state and rights")
    public List<PartnershipView> all() {
        return partnerships.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One partnership with its history")
    @Refuses("404 not-found")
    public PartnershipView get(@PathParam("id") String id) {
        return partnerships.get(uuid(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Asks a member for a partnership: the rights asked of it and offered to it")
    @APIResponse(responseCode = "201", description = "The request was recorded and is on its way to the partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipView.class)))
    @Refuses({"422 partner-unknown", "422 partnership-terms", "422 partnership-with-self", "422 right-unknown"})
    public Response request(@Valid NewRequest request) {
        if (request == null || request.partner() == null) {
            throw new BusinessRuleException("partnership-terms", "Name the partner and the rights asked and offered");
        }
        PartnershipView created = partnerships.request(request.partner(),
                terms(request.asked(), request.offered(), request.commissionRate()), admin());
        return Response.created(URI.create("/api/federation/partnerships/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Accepts an incoming request")
    @Refuses({"404 not-found", "409 partnership-status", "422 partner-unknown"})
    public PartnershipView accept(@PathParam("id") String id) {
        return partnerships.accept(uuid(id), admin());
    }

    @POST
    @Path("/{id}/denial")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Denies an incoming request")
    @Refuses({"404 not-found", "409 partnership-status", "422 partner-unknown"})
    public PartnershipView deny(@PathParam("id") String id, @Valid Reason reason) {
        return partnerships.deny(uuid(id), admin(), reason == null ? null : reason.reason());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraws an outgoing request not yet answered")
    @Refuses({"404 not-found", "409 partnership-status", "422 partner-unknown"})
    public PartnershipView withdraw(@PathParam("id") String id) {
        return partnerships.withdraw(uuid(id), admin());
    }

    @POST
    @Path("/{id}/termination")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends an active partnership at once, on both sides")
    @Refuses({"404 not-found", "409 partnership-status"})
    public PartnershipView terminate(@PathParam("id") String id, @Valid Reason reason) {
        return partnerships.terminate(uuid(id), admin(), reason == null ? null : reason.reason());
    }

    @POST
    @Path("/{id}/restoration")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Asks again after an end: a new request in the same partnership")
    @Refuses({"404 not-found", "409 partnership-status", "422 partner-unknown", "422 partnership-terms", "422 right-unknown"})
    public PartnershipView restore(@PathParam("id") String id, @Valid Restoration request) {
        if (request == null) {
            throw new BusinessRuleException("partnership-terms", "Name the rights asked and offered");
        }
        return partnerships.restore(uuid(id), terms(request.asked(), request.offered(), request.commissionRate()), admin());
    }

    @GET
    @Path("/{id}/catalogue")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reads the partner's catalogue with a signed call (needs share-inventory from the partner)")
    @Refuses({"401 partner-call-failed", "403 partner-call-failed", "404 not-found", "404 partner-call-failed", "422 partner-unknown",
            "429 partner-call-failed", "502 partner-call-failed", "503 partner-unavailable"})
    public List<org.fedmarket.inventory.api.ListedProduct> partnerCatalogue(@PathParam("id") String id) {
        return partnerClient.catalogue(partnerships.get(uuid(id)).partner(), null, null).products();
    }

    @POST
    @Path("/inbox")
    @PermitAll
    @Consumes(Protocol.JOSE)
    @Operation(summary = "Receives a partner's signed partnership message (request, accept, deny, withdraw, terminate)")
    @APIResponse(responseCode = "202", description = "The message was applied, or recognised as a redelivery and ignored")
    @Refuses({"401 signature-invalid", "404 not-found", "409 partnership-not-yours", "422 partnership-message-invalid",
            "422 partnership-terms", "422 right-unknown"})
    public Response receive(String signedMessage) {
        inbox.receive(signedMessage);
        return Response.accepted().build();
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    private static Terms terms(List<String> asked, List<String> offered, BigDecimal rate) {
        return new Terms(rights(asked), rights(offered), rate);
    }

    private static java.util.Set<Right> rights(List<String> ids) {
        return Optional.ofNullable(ids).orElse(List.of()).stream().map(Right::of).collect(Collectors.toSet());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new org.fedmarket.platform.problem.NoSuchEntityException("Partnership", id);
        }
    }
}
