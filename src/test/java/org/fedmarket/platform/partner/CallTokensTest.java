package org.fedmarket.platform.partner;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of call tokens, against a directory of one partner ("sock-palace") seen from "hat-hut". */
class CallTokensTest {

    private static final RSAKey PARTNER_KEY = generate();
    private static final byte[] BODY = "{\"sku\":\"SOCK-1\",\"quantity\":2}".getBytes(StandardCharsets.UTF_8);

    private final Set<String> granted = new HashSet<>(Set.of("sell"));
    private boolean partnerActive = true;

    private final CallTokens tokens = new CallTokens(new PartnerDirectory() {
        @Override
        public String ownShopId() {
            return "hat-hut";
        }

        @Override
        public Optional<JWK> key(String shopId, String kid) {
            return partnerActive && "sock-palace".equals(shopId) && PARTNER_KEY.getKeyID().equals(kid)
                    ? Optional.of(PARTNER_KEY.toPublicJWK()) : Optional.empty();
        }

        @Override
        public Optional<String> baseUrl(String shopId) {
            return Optional.empty();
        }

        @Override
        public Set<String> grantedTo(String shopId) {
            return "sock-palace".equals(shopId) ? granted : Set.of();
        }

        @Override
        public Set<String> partners() {
            return partnerActive ? Set.of("sock-palace") : Set.of();
        }
    }, Clock.systemUTC());

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(JWTClaimsSet.Builder claims, long lifetimeSeconds) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType(CallTokens.TYPE))
                .keyID(PARTNER_KEY.getKeyID()).build(), claims.issuer("sock-palace").audience("hat-hut")
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds))).build());
        try {
            jwt.sign(new RSASSASigner(PARTNER_KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String change(String method, String path, byte[] body) {
        return token(new JWTClaimsSet.Builder().claim("htm", method).claim("htu", path).claim("bh", CallTokens.hash(body)), 60);
    }

    private static int refusal(Runnable call) {
        return assertThrows(PartnerCallRefusedException.class, call::run).status();
    }

    @Test
    void aReadTokenServesSeveralReadsUntilItExpires() {
        String read = token(new JWTClaimsSet.Builder(), 60);
        assertEquals("sock-palace", tokens.verify(read, "GET", "/api/v1/products", null).shopId());
        assertEquals("sock-palace", tokens.verify(read, "GET", "/api/v1/products", null).shopId());
    }

    @Test
    void aCachedReadTokenStopsWorkingWhenThePartnerIsGone() {
        String read = token(new JWTClaimsSet.Builder(), 60);
        tokens.verify(read, "GET", "/api/v1/products", null);
        partnerActive = false;
        assertEquals(401, refusal(() -> tokens.verify(read, "GET", "/api/v1/products", null)));
    }

    @Test
    void aChangeTokenWorksOnceForItsMethodPathAndBody() {
        String token = change("POST", "/api/v1/holds", BODY);
        assertEquals("sock-palace", tokens.verify(token, "POST", "/api/v1/holds", BODY).shopId());
        assertEquals(401, refusal(() -> tokens.verify(token, "POST", "/api/v1/holds", BODY)), "replayed");
    }

    @Test
    void aChangeTokenDoesNotCoverAnotherRequest() {
        byte[] swapped = "{\"sku\":\"SOCK-1\",\"quantity\":200}".getBytes(StandardCharsets.UTF_8);
        assertEquals(401, refusal(() -> tokens.verify(change("POST", "/api/v1/holds", BODY), "POST", "/api/v1/holds", swapped)),
                "body swapped");
        assertEquals(401, refusal(() -> tokens.verify(change("POST", "/api/v1/holds", BODY), "POST", "/api/v1/orders", BODY)),
                "other path");
        assertEquals(401, refusal(() -> tokens.verify(change("POST", "/api/v1/holds", BODY), "PUT", "/api/v1/holds", BODY)),
                "other method");
        assertEquals(401, refusal(() -> tokens.verify(token(new JWTClaimsSet.Builder(), 60), "POST", "/api/v1/holds", BODY)),
                "a read token for a change");
    }

    @Test
    void aTokenLivingLongerThanAMinuteIsRefused() {
        assertEquals(401, refusal(() -> tokens.verify(token(new JWTClaimsSet.Builder(), 120), "GET", "/api/v1/products", null)));
    }

    @Test
    void theRightMustBeGrantedToTheCaller() {
        CallTokens.Caller caller = tokens.verify(token(new JWTClaimsSet.Builder(), 60), "GET", "/api/v1/products", null);
        tokens.authorise(caller, "sell");
        assertEquals(403, refusal(() -> tokens.authorise(caller, "share-inventory")));
        granted.clear();
        assertEquals(403, refusal(() -> tokens.authorise(caller, "sell")), "partnership ended");
    }
}
