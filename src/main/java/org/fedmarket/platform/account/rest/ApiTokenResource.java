package org.fedmarket.platform.account.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.account.application.ApiTokens;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.util.List;

/** API tokens for the shop's own integrations; only administrators make and revoke them. */
@Path("/admin/tokens")
@Tag(name = "administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiTokenResource {

    /** What a new token is for and may do. */
    public record NewToken(@Size(max = 100) String name, @Size(max = 10) List<@Size(max = 32) String> scopes) {
    }

    @Inject
    ApiTokens tokens;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes a token with scopes (catalogue-read, catalogue-write, stock, orders); the answer shows it this"
            + " once. Send it as Authorization: Token <token> (or Bearer <token>)")
    @APIResponse(responseCode = "201", description = "The token, shown this once, and how it is stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiTokens.Created.class)))
    @Refuses({"422 scope-unknown", "422 scopes-missing", "422 token-missing", "422 token-name-invalid"})
    public Response create(@Valid NewToken request) {
        if (request == null) {
            throw new BusinessRuleException("token-missing", "Send {\"name\": \"repricing-bot\", \"scopes\": [\"catalogue-read\"]}");
        }
        return Response.status(201).entity(tokens.create(request.name(), request.scopes(), security.getUserPrincipal().getName())).build();
    }

    @GET
    @Operation(summary = "Every token made, newest first, revoked ones included; never the token itself")
    public List<ApiTokens.TokenView> list() {
        return tokens.all();
    }

    @DELETE
    @Path("/{publicId}")
    @Operation(summary = "Revokes the token; it stops working at once on this node, within seconds on its other instances")
    @Refuses({"404 not-found", "409 token-revoked"})
    public ApiTokens.TokenView revoke(@PathParam("publicId") String publicId) {
        return tokens.revoke(publicId);
    }
}
