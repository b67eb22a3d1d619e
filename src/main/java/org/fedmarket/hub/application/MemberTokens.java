package org.fedmarket.hub.application;

import org.fedmarket.platform.secret.Secrets;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.TokenGrant;
import org.fedmarket.hub.domain.MemberStatus;
import org.fedmarket.hub.domain.RefreshToken;
import org.fedmarket.hub.domain.TokenFamily;
import org.fedmarket.hub.persistence.MemberRepository;
import org.fedmarket.hub.persistence.SessionRepository;
import org.fedmarket.platform.keys.application.SigningKeys;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.problem.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Members' sessions: a short-lived access token (JWT signed with the Hub's key, verified by
 * MicroProfile JWT) and an opaque refresh token that is stored only as its SHA-256, works once and
 * is replaced on every refresh. Presenting a used refresh token again revokes the whole session:
 * one of the two presenters is a thief, and the Hub cannot tell which.
 */
@ApplicationScoped
public class MemberTokens {

    /** A refresh token that is unknown, expired or from an ended session (401). */
    public static class RefusedTokenException extends DomainException {
        public RefusedTokenException(String slug, String detail) {
            super(slug, "Refresh refused", 401, detail);
        }
    }

    @Inject
    Clock clock;
    @Inject
    SessionRepository sessions;
    @Inject
    MemberRepository members;
    @Inject
    SigningKeys keys;
    @Inject
    NodeSettings settings;
    @Inject
    @ConfigProperty(name = "fedmarket.hub.access-token-lifetime")
    Duration accessLifetime;
    @Inject
    @ConfigProperty(name = "fedmarket.hub.refresh-token-lifetime")
    Duration refreshLifetime;

    /** A new session for an active member. Runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TokenGrant openSession(String shopId) {
        OffsetDateTime now = now();
        TokenFamily family = new TokenFamily(shopId, now);
        sessions.add(family);
        return issue(family, now);
    }

    /** Exchanges a refresh token; reuse revokes its session, and that revocation is kept. */
    @Transactional(dontRollbackOn = RefusedTokenException.class)
    public TokenGrant refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new RefusedTokenException("refresh-token-invalid", "No refresh token given");
        }
        OffsetDateTime now = now();
        RefreshToken presented = sessions.lockRefreshToken(Secrets.digest(refreshToken))
                .orElseThrow(() -> new RefusedTokenException("refresh-token-invalid", "Unknown refresh token"));
        TokenFamily family = sessions.family(presented.familyId()).orElseThrow();
        if (presented.used()) {
            family.revoke("refresh-token-reused", now);
            throw new RefusedTokenException("refresh-token-reused",
                    "This refresh token was already used; the session it belongs to is revoked");
        }
        if (family.revoked()) {
            throw new RefusedTokenException("session-revoked", "The session was revoked (" + family.revokedReason() + ")");
        }
        if (presented.expiredAt(now)) {
            throw new RefusedTokenException("refresh-token-expired", "The refresh token has expired");
        }
        MemberStatus status = members.find(family.shopId()).map(m -> m.status()).orElse(MemberStatus.LEFT);
        if (status != MemberStatus.ACTIVE) {
            family.revoke("member-" + status.name().toLowerCase(), now);
            throw new RefusedTokenException("session-revoked", family.shopId() + " is " + status.name().toLowerCase());
        }
        presented.markUsed(now);
        return issue(family, now);
    }

    /** Ends every session of the member: its refresh tokens stop working, its access tokens are refused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(String shopId, String reason) {
        OffsetDateTime now = now();
        sessions.liveFamiliesOf(shopId).forEach(f -> f.revoke(reason, now));
    }

    /** Whether access tokens of this session ({@code sid}) are still honoured. */
    @Transactional
    public boolean sessionLive(String sid) {
        try {
            return sessions.family(UUID.fromString(sid)).map(f -> !f.revoked()).orElse(false);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    private TokenGrant issue(TokenFamily family, OffsetDateTime now) {
        String refresh = Secrets.random(32);
        sessions.add(new RefreshToken(Secrets.digest(refresh), family.id(), now, now.plus(refreshLifetime)));
        return new TokenGrant(accessToken(family, now), "Bearer", accessLifetime.toSeconds(), refresh,
                refreshLifetime.toSeconds());
    }

    private String accessToken(TokenFamily family, OffsetDateTime now) {
        RSAKey key = keys.current();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.baseUrl())
                .subject(family.shopId())
                .claim("upn", family.shopId())
                .claim("groups", List.of(Protocol.MEMBER_ROLE))
                .claim("sid", family.id().toString())
                .audience(Protocol.ACCESS_AUDIENCE)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.toInstant()))
                .expirationTime(Date.from(now.plus(accessLifetime).toInstant()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(SigningKeys.ALGORITHM).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
