package org.fedmarket.platform.keys.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.fedmarket.platform.node.NodeSettings;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Checks bearer tokens that this node issued itself (e.g. the Hub's member access tokens): RS256
 * JWT, {@code typ} JWT, signed by one of this node's published keys, issued by this node's base URL,
 * within its lifetime (60 s clock skew), and not revoked by any {@link TokenRevocations}.
 */
@ApplicationScoped
public class IssuedTokens {

    private static final Duration KEY_CACHE = Duration.ofSeconds(10);

    @Inject
    Clock clock;
    @Inject
    SigningKeys keys;
    @Inject
    NodeSettings settings;
    @Inject
    Instance<TokenRevocations> revocations;

    private volatile JWKSet cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    /** The token's claims if it is valid now; empty otherwise (never says why: a client learns nothing from it). */
    public Optional<JWTClaimsSet> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!SigningKeys.ALGORITHM.equals(jwt.getHeader().getAlgorithm())
                    || !JOSEObjectType.JWT.equals(jwt.getHeader().getType()) || jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            JWK key = publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = Instant.now(clock);
            Date exp = claims.getExpirationTime();
            if (!settings.baseUrl().equals(claims.getIssuer()) || claims.getSubject() == null || exp == null
                    || exp.toInstant().plus(SignedMessages.CLOCK_SKEW).isBefore(now)) {
                return Optional.empty();
            }
            for (TokenRevocations revocation : revocations) {
                if (revocation.revoked(claims)) {
                    return Optional.empty();
                }
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private JWKSet publishedKeys() {
        if (cached == null || Instant.now(clock).isAfter(cachedAt.plus(KEY_CACHE))) {
            cached = keys.published();
            cachedAt = Instant.now(clock);
        }
        return cached;
    }
}
