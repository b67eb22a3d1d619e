package org.fedmarket.hub.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What the Hub requires every member node to serve, relative to the member's API root
 * ({@code <base URL>/api}). The Hub calls it as a MicroProfile REST client.
 */
@Path("/federation")
public interface MemberNodeApi {

    /** Proves that the node at this base URL holds the applicant's key: answers a {@link Protocol#CHALLENGE} JWS. */
    @POST
    @Path("/challenge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(Protocol.JOSE)
    String answer(ChallengeRequest challenge);

    /** Receives a registry event ({@link Protocol#REGISTRY_EVENT}) signed by the Hub. */
    @POST
    @Path("/inbox")
    @Consumes(Protocol.JOSE)
    void deliver(String signedEvent);
}
