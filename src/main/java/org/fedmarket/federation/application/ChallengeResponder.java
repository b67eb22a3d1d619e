package org.fedmarket.federation.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.hub.api.ChallengeRequest;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;

/**
 * Answers the Hub's ownership challenge by signing its nonce — only for this shop's own Hub and id,
 * so the node cannot be used to vouch for anyone else.
 */
@ApplicationScoped
public class ChallengeResponder {

    @Inject
    ShopIdentity identity;
    @Inject
    SignedMessages signer;

    public String answer(ChallengeRequest challenge) {
        if (challenge == null || challenge.nonce() == null || challenge.nonce().isBlank() || challenge.nonce().length() > 200) {
            throw new BusinessRuleException("challenge-invalid", "A challenge needs a nonce of 1 to 200 characters");
        }
        if (!identity.hubUrl().equals(challenge.hub()) || !identity.shopId().equals(challenge.shopId())) {
            throw new ConflictException("challenge-not-ours", "This node is " + identity.shopId() + " and answers only its Hub "
                    + identity.hubUrl());
        }
        return signer.sign(Protocol.CHALLENGE, new JWTClaimsSet.Builder()
                .issuer(identity.shopId()).audience(challenge.hub()).claim("nonce", challenge.nonce()).build());
    }
}
