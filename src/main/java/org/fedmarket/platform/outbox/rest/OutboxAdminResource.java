package org.fedmarket.platform.outbox.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.platform.outbox.persistence.OutboxRepository.Entry;
import org.fedmarket.platform.problem.Refuses;

import java.util.List;

/** Messages to other nodes as the operator manages them (every node has an outbox: the Hub's pushes, the shops' messages). */
@Path("/admin/outbox")
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    @Inject
    Outbox outbox;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The latest 100 messages in a state (waiting, abandoned, delivered), newest first, with their last error")
    @Refuses("422 outbox-state")
    public List<Entry> list(@QueryParam("state") @DefaultValue("waiting") String state) {
        return outbox.list(state);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a waiting or abandoned message now (its attempts keep counting)")
    @APIResponse(responseCode = "204", description = "The message is due now")
    @Refuses({"404 not-found", "409 outbox-message-delivered"})
    public void retry(@PathParam("id") long id) {
        outbox.retryNow(id, security.getUserPrincipal().getName());
    }

    @POST
    @Path("/{id}/abandon")
    @Operation(summary = "Give up on a waiting message: it is never sent")
    @APIResponse(responseCode = "204", description = "The message is abandoned")
    @Refuses({"404 not-found", "409 outbox-message-not-waiting"})
    public void abandon(@PathParam("id") long id) {
        outbox.abandon(id, security.getUserPrincipal().getName());
    }
}
