package org.fedmarket.platform.keys.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.keys.application.KeyDescription;
import org.fedmarket.platform.keys.application.SigningKeys;
import org.fedmarket.platform.problem.Refuses;

import java.net.URI;
import java.util.List;

@Path("/admin/keys")
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeyAdminResource {

    @Inject
    SigningKeys keys;

    @GET
    @Operation(summary = "All signing keys of this node with their state (current, grace, retired)")
    public List<KeyDescription> list() {
        return keys.describeAll();
    }

    @GET
    @Path("/{kid}")
    @Operation(summary = "One signing key")
    @Refuses("404 not-found")
    public KeyDescription get(@PathParam("kid") String kid) {
        return keys.describe(kid);
    }

    @POST
    @Path("/rotation")
    @Operation(summary = "Rotate: a new key signs from now on, the previous one verifies for fedmarket.keys.rotation-grace")
    @APIResponse(responseCode = "201", description = "The new current key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyDescription.class)))
    @Refuses("409 signs-nothing")
    public Response rotate() {
        KeyDescription created = keys.rotate();
        return Response.created(URI.create("/api/admin/keys/" + created.kid())).entity(created).build();
    }
}
