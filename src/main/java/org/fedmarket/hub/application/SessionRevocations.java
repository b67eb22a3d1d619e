package org.fedmarket.hub.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.keys.application.TokenRevocations;

import java.util.Objects;

/** A member access token is honoured only while its session ({@code sid}) is live. */
@ApplicationScoped
public class SessionRevocations implements TokenRevocations {

    @Inject
    MemberTokens tokens;

    @Override
    public boolean revoked(JWTClaimsSet claims) {
        if (claims.getAudience() == null || !claims.getAudience().contains(Protocol.ACCESS_AUDIENCE)) {
            return false; // not a member token
        }
        Object sid = claims.getClaim("sid");
        return !tokens.sessionLive(Objects.toString(sid, ""));
    }
}
