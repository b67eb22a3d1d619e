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
    public TokenGrant openSession(String signedAssertion) {
        return signedRequests.openSession(signedAssertion);
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchanges a refresh token, once, for a new token pair; reuse revokes the session")
    public TokenGrant refresh(@Valid RefreshRequest request) {
        if (request == null) {
            throw new BusinessRuleException("refresh-token-missing", "The body must be {\"refreshToken\": \"...\"}");
        }
        return tokens.refresh(request.refreshToken());
    }
}
