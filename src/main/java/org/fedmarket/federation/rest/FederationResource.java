package org.fedmarket.federation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.federation.application.DirectoryEntry;
import org.fedmarket.federation.application.FederationMembership;
import org.fedmarket.federation.application.HubConnection;
import org.fedmarket.federation.application.HubLink;
import org.fedmarket.federation.application.MembershipView;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.Refuses;

import java.util.List;
import java.util.Optional;

/** The shop administrator's side of membership: the Hub link, joining, the directory, leaving. */
@Path("/federation")
@Tag(name = "federation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class FederationResource {

    public record JoinRequest(@Size(max = 200) String invitationCode) {
    }

    @Inject
    HubConnection hub;
    @Inject
    FederationMembership membership;

    @GET
    @Path("/hub")
    @Operation(summary = "Calls the configured Hub now and reports whether it answers")
    public HubLink hubLink() {
        return hub.check();
    }

    @GET
    @Path("/membership")
    @Operation(summary = "This shop's membership: status, registry version, last sync")
    public MembershipView status() {
        return membership.status();
    }

    @POST
    @Path("/membership")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Applies to the Hub: with an invitation code the shop joins at once, without one it awaits approval")
    @APIResponse(responseCode = "200", description = "Admitted with the invitation: the shop is an active member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "202", description = "Applied without an invitation: the shop awaits a Hub administrator's approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipView.class)))
    @Refuses({"401 signature-invalid", "403 invitation-invalid", "409 already-a-member", "409 base-url-taken", "409 invitation-used",
            "409 shop-id-taken", "410 invitation-expired", "410 invitation-revoked", "422 base-url-challenge-failed",
            "422 base-url-not-public", "422 base-url-unreachable", "422 join-request-invalid", "502 hub-refused", "502 internal-error",
            "503 hub-unreachable"})
    public Response join(@Valid JoinRequest request) {
        Optional<String> code = Optional.ofNullable(request).map(JoinRequest::invitationCode).filter(c -> !c.isBlank());
        membership.join(code);
        MembershipView view = membership.status();
        return Response.status("active".equals(view.status()) ? 200 : 202).entity(view).build();
    }

    @DELETE
    @Path("/membership")
    @Operation(summary = "Leaves the federation")
    @Refuses({"401 signature-invalid", "403 membership-suspended", "409 not-a-member", "502 hub-refused", "502 internal-error",
            "503 hub-unreachable"})
    public MembershipView leave() {
        membership.leave();
        return membership.status();
    }

    @POST
    @Path("/membership/sync")
    @Operation(summary = "Reads the registry from the Hub now")
    @Refuses({"401 signature-invalid", "403 membership-ended", "403 membership-rejected", "403 membership-suspended",
            "409 membership-pending", "422 registry-version-unknown", "502 hub-refused", "502 internal-error", "503 hub-unreachable"})
    public MembershipView sync() {
        membership.sync();
        return membership.status();
    }

    @GET
    @Path("/directory")
    @Operation(summary = "The other active members as this shop knows them")
    public List<DirectoryEntry> directory() {
        return membership.directory();
    }
}
