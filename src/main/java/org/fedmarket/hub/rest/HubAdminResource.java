package org.fedmarket.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.fedmarket.hub.application.InvitationSummary;
import org.fedmarket.hub.application.Invitations;
import org.fedmarket.hub.application.MemberSummary;
import org.fedmarket.hub.application.Membership;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Hub administration: invitations, applications and members. */
@Path("/hub/admin")
@Tag(name = "hub administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class HubAdminResource {

    public record NewInvitation(@Size(max = 200) String note, @Size(max = 32) String validFor) {
    }

    @Inject
    Clock clock;
    @Inject
    Invitations invitations;
    @Inject
    Membership membership;

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a single-use invitation code (shown only in this answer); validFor is an ISO-8601 duration, default P7D")
    @APIResponse(responseCode = "201", description = "The invitation, with its code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationSummary.class)))
    @Refuses("422 invitation-validity")
    public Response invite(@Valid NewInvitation request, @Context SecurityContext security) {
        Duration validFor = parse(request == null || request.validFor() == null ? "P7D" : request.validFor());
        Invitations.Created created = invitations.create(request == null ? "" : request.note(), validFor,
                security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/hub/admin/invitations"))
                .entity(InvitationSummary.of(created.invitation(), created.code(), now())).build();
    }

    @GET
    @Path("/invitations")
    @Operation(summary = "Recent invitations with their state (open, used, expired, revoked)")
    public List<InvitationSummary> invitations() {
        OffsetDateTime now = now();
        return invitations.recent().stream().map(i -> InvitationSummary.of(i, null, now)).toList();
    }

    @POST
    @Path("/invitations/{id}/revocation")
    @Operation(summary = "Revokes an invitation not used yet: its code admits nobody from now on")
    @Refuses({"404 not-found", "409 invitation-revoked", "409 invitation-used"})
    public InvitationSummary revoke(@PathParam("id") UUID id, @Context SecurityContext security) {
        return InvitationSummary.of(invitations.revoke(id, security.getUserPrincipal().getName()), null, now());
    }

    @GET
    @Path("/members")
    @Operation(summary = "Every shop that applied, with status and keys")
    public List<MemberSummary> members() {
        OffsetDateTime now = now();
        return membership.all().stream().map(m -> MemberSummary.of(m, now)).toList();
    }

    @GET
    @Path("/members/{id}")
    @Operation(summary = "One member")
    @Refuses("404 not-found")
    public MemberSummary member(@PathParam("id") String id) {
        return MemberSummary.of(membership.find(id), now());
    }

    @POST
    @Path("/members/{id}/approval")
    @Operation(summary = "Approves a pending application: the shop becomes active")
    @Refuses({"404 not-found", "409 member-status"})
    public MemberSummary approve(@PathParam("id") String id) {
        return MemberSummary.of(membership.approve(id), now());
    }

    @POST
    @Path("/members/{id}/rejection")
    @Operation(summary = "Rejects a pending application")
    @Refuses({"404 not-found", "409 member-status"})
    public MemberSummary reject(@PathParam("id") String id) {
        return MemberSummary.of(membership.reject(id), now());
    }

    @POST
    @Path("/members/{id}/suspension")
    @Operation(summary = "Suspends an active member: its sessions end, members drop it from their directories")
    @Refuses({"404 not-found", "409 member-status"})
    public MemberSummary suspend(@PathParam("id") String id) {
        return MemberSummary.of(membership.suspend(id), now());
    }

    @POST
    @Path("/members/{id}/reinstatement")
    @Operation(summary = "Reinstates a suspended member")
    @Refuses({"404 not-found", "409 member-status"})
    public MemberSummary reinstate(@PathParam("id") String id) {
        return MemberSummary.of(membership.reinstate(id), now());
    }

    private static Duration parse(String iso) {
        try {
            return Duration.parse(iso);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("invitation-validity", "validFor must be an ISO-8601 duration such as P7D, got " + iso);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
