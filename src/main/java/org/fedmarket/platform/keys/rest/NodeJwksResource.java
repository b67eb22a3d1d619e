package org.fedmarket.platform.keys.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.keys.application.SigningKeys;

/** The node's public signing keys, for anyone who verifies what the node signs. */
@Path("/node/jwks")
@Tag(name = "node")
public class NodeJwksResource {

    static final String JWK_SET = "application/jwk-set+json";
    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    @Inject
    SigningKeys keys;

    /** As the JWK set media type, or as plain JSON to a caller that accepts only that (the Conventions say JSON). */
    @GET
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(summary = "Public keys that verify this node's signatures now (JWKS, RFC 7517)")
    @APIResponse(responseCode = "200", description = "A JWK set (RFC 7517)", content = {
            @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response jwks() {
        return Response.ok(keys.published().toString(true)).cacheControl(FIVE_MINUTES).build();
    }
}
