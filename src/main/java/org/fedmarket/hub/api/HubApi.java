package org.fedmarket.hub.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Hub's REST contract for shops, relative to the Hub's API root ({@code <hub base URL>/api}).
 * Shops use it as a MicroProfile REST client. Calls marked "member" need {@code Authorization:
 * Bearer <access token>}. The protocol is described in FEDERATION.md.
 */
@Path("/hub")
@Produces(MediaType.APPLICATION_JSON)
public interface HubApi {

    /** Who the Hub is and which protocol version it speaks. Public. */
    @GET
    HubDescriptor describe();

    /** A shop applies to join, with a request it signed ({@link Protocol#JOIN}). Public. */
    @POST
    @Path("/applications")
    @Consumes(Protocol.JOSE)
    JoinOutcome apply(String signedJoinRequest);

    /** A member proves itself with its key ({@link Protocol#SESSION}) and receives a new token pair. Public. */
    @POST
    @Path("/sessions")
    @Consumes(Protocol.JOSE)
    TokenGrant openSession(String signedAssertion);

    /** Exchanges a refresh token, once, for a new token pair. Public. */
    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    TokenGrant refresh(RefreshRequest request);

    /** The registry ({@link RegistryView}), whole or as a delta; 304 when {@code If-None-Match} is current. Member. */
    @GET
    @Path("/registry")
    Response registry(@HeaderParam("Authorization") String bearer, @QueryParam("since") Long since,
                      @HeaderParam("If-None-Match") String ifNoneMatch);

    /** The calling member's new key set ({@link Protocol#KEYS}), signed with its new current key. Member. */
    @PUT
    @Path("/membership/keys")
    @Consumes(Protocol.JOSE)
    void publishKeys(@HeaderParam("Authorization") String bearer, String signedKeySet);

    /** The calling member leaves the federation. Member. */
    @DELETE
    @Path("/membership")
    void leave(@HeaderParam("Authorization") String bearer);
}
