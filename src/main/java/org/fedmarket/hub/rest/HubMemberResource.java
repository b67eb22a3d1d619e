package org.fedmarket.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.RegistryView;
import org.fedmarket.hub.application.Membership;
import org.fedmarket.hub.application.Registry;
import org.fedmarket.hub.application.SignedRequests;
import org.fedmarket.platform.problem.Refuses;

/** What only members may do: read the registry, publish new keys, leave. Access tokens are checked when the request is authenticated. */
@Path("/hub")
@Tag(name = "hub")
@RolesAllowed(Protocol.MEMBER_ROLE)
@SecurityRequirement(name = "memberAccessToken")
public class HubMemberResource {

    @Context
    SecurityContext security;
    @Inject
    Registry registry;
    @Inject
    Membership membership;
    @Inject
    SignedRequests signedRequests;

    @GET
    @Path("/registry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Active members with their keys; ?since=v for the changes after v; 304 if If-None-Match is current")
    @APIResponse(responseCode = "200", description = "The registry, or with since the changes after that version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current registry version")
    @Refuses("422 registry-version-unknown")
    public Response registry(@QueryParam("since") Long since, @HeaderParam("If-None-Match") String ifNoneMatch) {
        caller();
        long version = registry.version();
        EntityTag etag = new EntityTag(Registry.etag(version));
        CacheControl revalidate = new CacheControl();
        revalidate.setPrivate(true);
        revalidate.setNoCache(true);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return Response.notModified(etag).cacheControl(revalidate).build();
        }
        RegistryView view = registry.view(since);
        return Response.ok(view).tag(new EntityTag(Registry.etag(view.version()))).cacheControl(revalidate).build();
    }

    @GET
    @Path("/registry/jwks")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The keys of all active members that verify now, as one JWK set")
    @APIResponse(responseCode = "200", description = "A JWK set (RFC 7517)", content = {
            @Content(mediaType = "application/jwk-set+json", schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public String keys() {
        caller();
        return registry.keys().toString(true);
    }

    @PUT
    @Path("/membership/keys")
    @Consumes(Protocol.JOSE)
    @Operation(summary = "The calling member's complete key set after a rotation, signed with its new key")
    @APIResponse(responseCode = "204", description = "The key set is published")
    @Refuses({"401 signature-invalid", "409 member-status", "409 request-replayed", "422 join-request-invalid"})
    public Response publishKeys(String signedKeySet) {
        signedRequests.publishKeys(caller(), signedKeySet);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/membership")
    @Operation(summary = "The calling member leaves: its tokens are revoked, its keys retired, the members told")
    @APIResponse(responseCode = "204", description = "The member has left")
    @Refuses("409 not-a-member")
    public Response leave() {
        membership.leave(caller());
        return Response.noContent().build();
    }

    /** The calling member; its token was verified, session included, when the request was authenticated. */
    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static boolean matches(String ifNoneMatch, EntityTag current) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").equals("\"" + current.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
