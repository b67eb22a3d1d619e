package org.fedmarket.federation.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.federation.application.CatalogueNoticesInbox;
import org.fedmarket.federation.application.ChallengeResponder;
import org.fedmarket.federation.application.Inbox;
import org.fedmarket.federation.application.OrderUpdatesInbox;
import org.fedmarket.federation.application.ShopIdentity;
import org.fedmarket.hub.api.ChallengeRequest;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.problem.Refuses;

/**
 * What the Hub and partners call on a member: the ownership challenge, the registry inbox, order updates and catalogue
 * notices. Signed, not logged in.
 */
@Path("/federation")
@Tag(name = "federation protocol")
public class FederationProtocolResource {

    @Inject
    ChallengeResponder challenges;
    @Inject
    Inbox inbox;
    @Inject
    ShopIdentity identity;
    @Inject
    OrderUpdatesInbox orderUpdates;
    @Inject
    CatalogueNoticesInbox catalogueNotices;

    @POST
    @Path("/challenge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(Protocol.JOSE)
    @Operation(summary = "Signs the Hub's nonce with this shop's key, proving the shop is at this base URL")
    @Refuses({"409 challenge-not-ours", "422 challenge-invalid"})
    public String answer(@Valid ChallengeRequest challenge) {
        return challenges.answer(challenge);
    }

    @POST
    @Path("/inbox")
    @Consumes(Protocol.JOSE)
    @Operation(summary = "Receives a registry event signed by the Hub")
    @APIResponse(responseCode = "202", description = "The event was applied to the directory (a gap before it starts a poll)")
    @Refuses({"401 signature-invalid", "404 not-found", "409 not-a-member"})
    public Response deliver(String signedEvent) {
        if (!identity.acceptsPush()) {
            throw new NoSuchEntityException("Inbox", identity.shopId());
        }
        inbox.deliver(signedEvent);
        return Response.accepted().build();
    }

    @POST
    @Path("/order-updates")
    @Consumes(Protocol.JOSE)
    @Operation(summary = "Receives a partner's signed status update of an order this shop placed with it")
    @APIResponse(responseCode = "202", description = "The update was applied, or recognised as late or repeated and ignored")
    @Refuses({"401 signature-invalid", "404 not-found", "422 update-invalid"})
    public Response orderUpdate(String signedUpdate) {
        orderUpdates.receive(signedUpdate);
        return Response.accepted().build();
    }

    @POST
    @Path("/catalogue-notices")
    @Consumes(Protocol.JOSE)
    @Operation(summary = "Receives a partner's signed notice that its catalogue changed; its feed is synced at once")
    @APIResponse(responseCode = "202", description = "A sync of the partner's feed started, or the feed has that revision already")
    @Refuses({"401 signature-invalid", "404 not-found", "422 notice-invalid"})
    public Response catalogueNotice(String signedNotice) {
        catalogueNotices.receive(signedNotice);
        return Response.accepted().build();
    }
}
