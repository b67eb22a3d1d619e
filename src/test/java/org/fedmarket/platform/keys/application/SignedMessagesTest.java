package org.fedmarket.platform.keys.application;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.fedmarket.platform.keys.application.SignedMessages.InvalidSignatureException;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one verifier every incoming signed message passes: each way of forging, bending or replaying a message at
 * another route is refused, and the real message is accepted.
 */
class SignedMessagesTest {

    private static final String TYPE = "fedmarket-partnership+jwt";
    private static final String AUDIENCE = "shop-b";
    private static final RSAKey MEMBER = key("member-key");
    private static final RSAKey ATTACKER = key("attacker-key");
    /** The directory of the receiving node: it knows only the member's key. */
    private static final Function<String, Optional<JWK>> DIRECTORY = kid -> kid.equals(MEMBER.getKeyID())
            ? Optional.of(MEMBER.toPublicJWK()) : Optional.empty();

    @Test
    void theRealMessageIsAccepted() {
        JWTClaimsSet claims = read(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> { }));
        assertEquals("shop-a", claims.getIssuer());
    }

    @Test
    void anUnsignedMessageIsRefused() {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"" + TYPE + "\",\"kid\":\"member-key\"}").toString();
        String payload = Base64URL.encode(claims(c -> { }).toString()).toString();
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void anotherAlgorithmIsRefusedEvenWithTheMembersKey() {
        assertRefused(sign(JWSAlgorithm.RS512, MEMBER, MEMBER.getKeyID(), TYPE, c -> { }));
        assertRefused(sign(JWSAlgorithm.PS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> { }));
    }

    @Test
    void anHmacSignedWithThePublicKeyIsRefused() throws Exception {
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType(TYPE))
                .keyID(MEMBER.getKeyID()).build(), claims(c -> { }));
        confused.sign(new MACSigner(MEMBER.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertRefused(confused.serialize());
    }

    @Test
    void aKeyCarriedInTheHeaderIsNeverTrusted() throws Exception {
        SignedJWT withJwk = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType(TYPE))
                .keyID(MEMBER.getKeyID()).jwk(ATTACKER.toPublicJWK()).build(), claims(c -> { }));
        withJwk.sign(new RSASSASigner(ATTACKER));
        assertRefused(withJwk.serialize());
        SignedJWT withJku = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType(TYPE))
                .keyID(MEMBER.getKeyID()).jwkURL(URI.create("https://attacker.example/jwks")).build(), claims(c -> { }));
        withJku.sign(new RSASSASigner(ATTACKER));
        assertRefused(withJku.serialize());
    }

    @Test
    void aKnownKeyIdWithAForeignSignatureIsRefused() {
        assertRefused(sign(JWSAlgorithm.RS256, ATTACKER, MEMBER.getKeyID(), TYPE, c -> { }));
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertRefused(sign(JWSAlgorithm.RS256, ATTACKER, ATTACKER.getKeyID(), TYPE, c -> { }));
    }

    @Test
    void aMessageOfAnotherTypeIsRefusedAtThisRoute() {
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), "fedmarket-order-update+jwt", c -> { }));
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), null, c -> { }));
    }

    @Test
    void aMessageWithoutKidOrJtiIsRefused() {
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, null, TYPE, c -> { }));
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> c.jwtID(null)));
    }

    @Test
    void aMessageOutsideItsTimeWindowIsRefused() {
        Instant now = Instant.now();
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, // issued in the future, beyond the skew
                c -> c.issueTime(Date.from(now.plus(Duration.ofMinutes(3)))).expirationTime(Date.from(now.plus(Duration.ofMinutes(4))))));
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, // expired beyond the skew
                c -> c.issueTime(Date.from(now.minus(Duration.ofMinutes(4)))).expirationTime(Date.from(now.minus(Duration.ofMinutes(2))))));
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, // lives longer than allowed
                c -> c.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(SignedMessages.MAX_LIFETIME).plusSeconds(1)))));
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> c.issueTime(null)));
    }

    @Test
    void aMessageForAnotherNodeIsRefused() {
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> c.audience("shop-c")));
        assertRefused(sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> c.audience((String) null)));
    }

    @Test
    void aClaimWithAControlCharacterIsInvalidInput() {
        String token = sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> c.claim("note", "bad\u0000byte"));
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class, () -> SignedMessages.parse(token, TYPE));
        assertEquals(422, invalid.status());
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = sign(JWSAlgorithm.RS256, MEMBER, MEMBER.getKeyID(), TYPE, c -> { }).split("\\.");
        String other = Base64URL.encode(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("shop-a", "shop-x")).toString();
        assertRefused(parts[0] + "." + other + "." + parts[2]);
    }

    private static void assertRefused(String compact) {
        InvalidSignatureException refused = assertThrows(InvalidSignatureException.class, () -> read(compact));
        assertEquals(401, refused.status());
        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
    }

    private static JWTClaimsSet read(String compact) {
        return SignedMessages.verify(SignedMessages.parse(compact, TYPE), DIRECTORY, AUDIENCE);
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("shop-a").audience(AUDIENCE).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60))).claim("round", 1);
        change.accept(claims);
        return claims.build();
    }

    private static String sign(JWSAlgorithm algorithm, RSAKey signer, String kid, String type, Consumer<JWTClaimsSet.Builder> change) {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).keyID(kid);
        if (type != null) {
            header.type(new JOSEObjectType(type));
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims(change));
        try {
            jwt.sign(new RSASSASigner(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
