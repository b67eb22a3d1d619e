package org.fedmarket.hub.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.TokenGrant;
import org.fedmarket.hub.domain.JoinRequest;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.hub.domain.MemberStatus;
import org.fedmarket.hub.persistence.MemberRepository;
import org.fedmarket.hub.persistence.SessionRepository;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.keys.application.SignedMessages.InvalidSignatureException;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Requests a member signs with its own key: opening a session (the member's way back in when it has
 * no valid refresh token, e.g. after approval or a revoked session) and publishing a new key set.
 */
@ApplicationScoped
public class SignedRequests {

    /** The member may not open a session in its current state (403), or must wait for approval (409). */
    public static class MembershipRefusedException extends DomainException {
        public MembershipRefusedException(String slug, int status, String detail) {
            super(slug, "Membership refused", status, detail);
        }
    }

    @Inject
    Clock clock;
    @Inject
    SessionRepository sessions;
    @Inject
    MemberRepository members;
    @Inject
    MemberTokens tokens;
    @Inject
    Membership membership;
    @Inject
    NodeSettings settings;
    /** The jti of requests that have expired can be forgotten: the requests themselves are refused by now. */
    @Transactional
    public void forgetExpired() {
        sessions.forgetExpiredSightings(OffsetDateTime.now(clock));
    }

    @Transactional
    public TokenGrant openSession(String signedAssertion) {
        SignedJWT jwt = SignedMessages.parse(signedAssertion, Protocol.SESSION);
        String shopId = SignedMessages.issuer(jwt);
        Member member = members.find(shopId).orElseThrow(() -> new InvalidSignatureException("Unknown member " + shopId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // an active member signs with a key valid now; a shop that left, or was suspended or rejected, may sign with any key
        // it had: all it can learn is why it is refused, and only by proving it holds that key
        JWTClaimsSet claims = SignedMessages.verify(jwt, kid -> member.key(kid)
                .filter(k -> k.validAt(now) || member.status() != MemberStatus.ACTIVE).map(Registry::jwk), settings.baseUrl());
        requireFirstUse(claims);
        switch (member.status()) {
            case ACTIVE -> {
                return tokens.openSession(shopId);
            }
            case PENDING -> throw new MembershipRefusedException("membership-pending", 409,
                    "The application of " + shopId + " awaits a Hub administrator's approval");
            case REJECTED -> throw new MembershipRefusedException("membership-rejected", 403,
                    "The application of " + shopId + " was rejected");
            case SUSPENDED -> throw new MembershipRefusedException("membership-suspended", 403,
                    shopId + " is suspended from the federation");
            default -> throw new MembershipRefusedException("membership-ended", 403, shopId + " has left the federation");
        }
    }

    /** A member's new key set, signed by a key in it (so the member holds the new private key). */
    @Transactional
    public Member publishKeys(String shopId, String signedKeySet) {
        SignedJWT jwt = SignedMessages.parse(signedKeySet, Protocol.KEYS);
        if (!shopId.equals(SignedMessages.issuer(jwt))) {
            throw new InvalidSignatureException("The key set is signed for " + SignedMessages.issuer(jwt) + ", not for " + shopId);
        }
        JWTClaimsSet claims = verifySelfSigned(jwt, settings.baseUrl());
        requireFirstUse(claims);
        return membership.replaceKeys(shopId, JoinRequest.keysOf(claims));
    }

    /**
     * Checks a request that carries the keys it is signed with (a join request, a new key set): the
     * signature must verify with one of them, which proves the sender holds that private key.
     */
    static JWTClaimsSet verifySelfSigned(SignedJWT jwt, String audience) {
        List<JWK> presented;
        try {
            presented = JoinRequest.keysOf(jwt.getJWTClaimsSet());
        } catch (ParseException e) {
            throw new InvalidSignatureException("Unreadable request: " + e.getMessage());
        }
        return SignedMessages.verify(jwt, kid -> presented.stream().filter(k -> kid.equals(k.getKeyID())).findFirst(), audience);
    }

    /** What is remembered of a request: a digest of sender and id, of one length however long the sender made them. */
    static String sighting(String issuer, String jti) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((issuer + "/" + jti).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a signed request whose jti was seen before. */
    @Transactional
    public void requireFirstUse(JWTClaimsSet claims) {
        OffsetDateTime expires = claims.getExpirationTime().toInstant().plus(SignedMessages.CLOCK_SKEW)
                .atOffset(OffsetDateTime.now(clock).getOffset());
        if (!sessions.firstSighting(sighting(claims.getIssuer(), claims.getJWTID()), expires)) {
            throw new ConflictException("request-replayed", "This signed request was already used");
        }
    }
}
