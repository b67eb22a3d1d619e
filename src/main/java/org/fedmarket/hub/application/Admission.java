package org.fedmarket.hub.application;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.hub.api.JoinOutcome;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.domain.JoinRequest;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.NodeSettings;


/**
 * A shop's way in: its join request must be signed by a key it presents (proof of possession), its
 * base URL must answer the Hub's challenge with that key, and then it is admitted — active at once
 * with an invitation, pending an administrator's approval without one. No transaction spans the
 * call to the applicant.
 */
@ApplicationScoped
public class Admission {

    @Inject
    Membership membership;
    @Inject
    ChallengeClient challenges;
    @Inject
    SignedRequests requests;
    @Inject
    NodeSettings settings;

    public JoinOutcome apply(String signedRequest) {
        SignedJWT jwt = SignedMessages.parse(signedRequest, Protocol.JOIN);
        JWTClaimsSet claims = SignedRequests.verifySelfSigned(jwt, settings.baseUrl());
        requests.requireFirstUse(claims);
        JoinRequest request = JoinRequest.of(claims);
        membership.check(request);
        challenges.challenge(request.shopId(), request.baseUrl(), request.keys());
        return membership.admit(request);
    }
}
