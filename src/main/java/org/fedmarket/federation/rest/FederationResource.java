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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.federation.application.DirectoryEntry;
import org.fedmarket.federation.application.FederationMembership;
import org.fedmarket.federation.application.HubConnection;
import org.fedmarket.federation.application.HubLink;
import org.fedmarket.federation.application.MembershipView;
import org.fedmarket.platform.account.domain.AdminAccount;

import java.util.List;
import java.util.Optional;

/** The shop administrator's side of membership: the Hub link, joining, the directory, leaving. */
@Path("/federation")
@Tag(name = "federation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminAccount.ADMIN_ROLE)
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
    public Response join(@Valid JoinRequest request) {
        Optional<String> code = Optional.ofNullable(request).map(JoinRequest::invitationCode).filter(c -> !c.isBlank());
        membership.join(code);
        MembershipView view = membership.status();
        return Response.status("active".equals(view.status()) ? 200 : 202).entity(view).build();
    }

    @DELETE
    @Path("/membership")
    @Operation(summary = "Leaves the federation")
    public MembershipView leave() {
        membership.leave();
        return membership.status();
    }

    @POST
    @Path("/membership/sync")
    @Operation(summary = "Reads the registry from the Hub now")
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
