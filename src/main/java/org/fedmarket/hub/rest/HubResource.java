package org.fedmarket.hub.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.hub.api.HubDescriptor;
import org.fedmarket.hub.api.JoinOutcome;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.RefreshRequest;
import org.fedmarket.hub.api.TokenGrant;
import org.fedmarket.hub.application.Admission;
import org.fedmarket.hub.application.HubProfile;
import org.fedmarket.hub.application.MemberTokens;
import org.fedmarket.hub.application.SignedRequests;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.net.URI;

/** The Hub's public endpoints: description, applications, sessions and token refresh (see HubApi). */
@Path("/hub")
@Tag(name = "hub")
@Produces(MediaType.APPLICATION_JSON)
public class HubResource {

    @Inject
    HubProfile profile;
    @Inject
    Admission admission;
    @Inject
    SignedRequests signedRequests;
    @Inject
    MemberTokens tokens;

    @GET
    @Operation(summary = "The Hub's name, base URL and protocol version")
    public HubDescriptor describe() {
        return profile.descriptor();
    }

    @POST
    @Path("/applications")
    @Consumes(Protocol.JOSE)
    @Operation(summary = "A shop applies to join with a signed join request; 201 active (invitation) or 202 pending")
    @APIResponse(responseCode = "201", description = "Admitted with an invitation: active, with its first token pair",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinOutcome.class)))
    @APIResponse(responseCode = "202", description = "Recorded without an invitation: pending an administrator's approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinOutcome.class)))
    @Refuses({"401 signature-invalid", "403 invitation-invalid", "409 base-url-taken", "409 invitation-used", "409 request-replayed",
            "409 shop-id-taken", "410 invitation-expired", "410 invitation-revoked", "422 base-url-challenge-failed",
            "422 base-url-not-public", "422 base-url-unreachable", "422 join-request-invalid"})
    public Response apply(String signedJoinRequest) {
        JoinOutcome outcome = admission.apply(signedJoinRequest);
        if ("active".equals(outcome.status())) {
            return Response.created(URI.create("/api/hub/registry")).entity(outcome).build();
        }
        return Response.accepted(outcome).build();
    }

    @POST
    @Path("/sessions")
    @Consumes(Protocol.JOSE)
    @Operation(summary = "A member signs in with its key and receives a new token pair")
    @Refuses({"401 signature-invalid", "403 membership-ended", "403 membership-rejected", "403 membership-suspended",
            "409 membership-pending", "409 request-replayed"})
    public TokenGrant openSession(String signedAssertion) {
        return signedRequests.openSession(signedAssertion);
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchanges a refresh token, once, for a new token pair; reuse revokes the session")
    @Refuses({"401 refresh-token-expired", "401 refresh-token-invalid", "401 refresh-token-reused", "401 session-revoked",
            "422 refresh-token-missing"})
    public TokenGrant refresh(@Valid RefreshRequest request) {
        if (request == null) {
            throw new BusinessRuleException("refresh-token-missing", "The body must be {\"refreshToken\": \"...\"}");
        }
        return tokens.refresh(request.refreshToken());
    }
}
