package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.application.Webhooks;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.util.List;

/** The shop's webhooks, with their latest deliveries. */
@Path("/admin/webhooks")
@Tag(name = "administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    /** A URL and the events (sale, order-status) it receives. */
    public record NewWebhook(@Size(max = Limits.MAX_URL) String url, @Size(max = 10) List<@Size(max = 32) String> events) {
    }

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a URL for sale and/or order-status events, delivered as signed application/jose")
    @APIResponse(responseCode = "201", description = "The webhook, active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.WebhookView.class)))
    @Refuses({"422 webhook-events-invalid", "422 webhook-missing", "422 webhook-url-invalid"})
    public Response register(@Valid NewWebhook request) {
        if (request == null) {
            throw new BusinessRuleException("webhook-missing", "Send {\"url\": \"https://…\", \"events\": [\"sale\", \"order-status\"]}");
        }
        return Response.status(201).entity(webhooks.register(request.url(), request.events())).build();
    }

    @GET
    @Operation(summary = "Webhooks with status, failures in a row and their latest 20 deliveries")
    public List<Webhooks.WebhookView> list() {
        return webhooks.all();
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resumes a paused webhook: active again, its count of failures in a row back to zero")
    @Refuses("404 not-found")
    public Webhooks.WebhookView resume(@PathParam("id") String id) {
        return webhooks.resume(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deletes a webhook; its events not delivered yet are dropped")
    @APIResponse(responseCode = "204", description = "The webhook is deleted")
    @Refuses("404 not-found")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }
}
