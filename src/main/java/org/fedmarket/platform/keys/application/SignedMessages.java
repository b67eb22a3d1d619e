package org.fedmarket.platform.keys.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.fedmarket.platform.input.StrictJson;
import org.fedmarket.platform.input.Text;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.problem.InvalidFieldsException;

import java.io.StringReader;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Signs messages to other nodes with this node's current key and checks messages from them: every
 * message between nodes is a compact JWS (RS256) with an explicit {@code typ}, a {@code kid}, an
 * audience and a short lifetime (see FEDERATION.md, "Signed messages").
 */
@ApplicationScoped
public class SignedMessages {

    /** Tolerated difference between two nodes' clocks. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** The longest lifetime a signed request may claim. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    /** A signed message that is malformed, forged, expired or meant for someone else (401). */
    public static class InvalidSignatureException extends DomainException {
        public InvalidSignatureException(String detail) {
            super("signature-invalid", "Invalid signed message", 401, detail);
        }
    }

    /** A verified message: who sent it ({@code iss}), its id ({@code jti}) and its claims bound to the message's record. */
    public record Verified<T>(String sender, String id, T body) {
    }

    /** Where a sender's key is found, by sender and {@code kid}. */
    @FunctionalInterface
    public interface SenderKeys {
        Optional<JWK> key(String sender, String kid);
    }

    /** Made at first use: reading and verifying need no JSON-B provider. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Inject
    Clock clock;
    @Inject
    SigningKeys keys;

    /** Signs {@code claims} as a message of type {@code typ} with a fresh jti, iat and exp (unless set). */
    public String sign(String typ, JWTClaimsSet claims) {
        RSAKey key = keys.current();
        Instant now = Instant.now(clock);
        JWTClaimsSet.Builder full = new JWTClaimsSet.Builder(claims);
        if (claims.getJWTID() == null) {
            full.jwtID(UUID.randomUUID().toString());
        }
        full.issueTime(Date.from(now));
        if (claims.getExpirationTime() == null) {
            full.expirationTime(Date.from(now.plus(MAX_LIFETIME)));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(SigningKeys.ALGORITHM)
                .type(new JOSEObjectType(typ)).keyID(key.getKeyID()).build(), full.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.getKeyID(), e);
        }
        return jwt.serialize();
    }

    /**
     * Reads a signed message of type {@code typ} in one step: parses it, verifies it with the sender's key for
     * {@code audience}, and binds its claims strictly to {@code body} (a record; claims it does not name are ignored).
     * Claims that do not bind are refused with the problem {@code unreadable} makes of the reason.
     */
    public static <T> Verified<T> read(String compact, String typ, SenderKeys keys, String audience, Class<T> body,
                                       Function<String, ? extends DomainException> unreadable) {
        SignedJWT jwt = parse(compact, typ);
        String sender = issuer(jwt);
        JWTClaimsSet claims = verify(jwt, kid -> keys.key(sender, kid), audience);
        try (JsonReader reader = Json.createReader(new StringReader(claims.toString()))) {
            return new Verified<>(sender, claims.getJWTID(), StrictJson.bind(reader.readValue(), body));
        } catch (InvalidFieldsException | JsonbException e) {
            throw unreadable.apply("Unreadable " + typ + " message: " + e.getMessage());
        }
    }

    /** The claims of a message body (a record), to sign or queue; members that are null are left out. */
    public static JWTClaimsSet claimsOf(Object body) {
        try {
            return JWTClaimsSet.parse(Binding.JSONB.toJson(body));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a message body: " + body, e);
        }
    }

    /** The message, parsed but not yet verified: callers find the key by its {@code kid} or issuer. */
    public static SignedJWT parse(String compact, String typ) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact == null ? "" : compact.trim());
            JOSEObjectType type = jwt.getHeader().getType();
            if (type == null || !typ.equals(type.getType())) {
                throw new InvalidSignatureException("Expected a message of type " + typ + ", got " + type);
            }
            if (!SigningKeys.ALGORITHM.equals(jwt.getHeader().getAlgorithm())) {
                throw new InvalidSignatureException("Only " + SigningKeys.ALGORITHM + " signatures are accepted");
            }
            if (jwt.getHeader().getKeyID() == null) {
                throw new InvalidSignatureException("The message names no key (kid)");
            }
            List<InvalidFieldsException.Violation> violations = new ArrayList<>();
            jwt.getJWTClaimsSet().toJSONObject().forEach((claim, value) -> text(claim, value, violations));
            if (!violations.isEmpty()) {
                throw new InvalidFieldsException(violations);
            }
            return jwt;
        } catch (ParseException e) {
            throw new InvalidSignatureException("Not a compact JWS: " + e.getMessage());
        }
    }

    /** Every string in a claim, at any depth, under the one text rule of every input (no control characters). */
    private static void text(String path, Object value, List<InvalidFieldsException.Violation> violations) {
        if (value instanceof String text) {
            Text.problem(text).ifPresent(p -> violations.add(new InvalidFieldsException.Violation(path, p)));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> text(path + "." + key, v, violations));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                text(path + "[" + i + "]", list.get(i), violations);
            }
        }
    }

    /** The sender ({@code iss}) of a message not yet verified, to find its key by. */
    public static String issuer(SignedJWT jwt) {
        try {
            String issuer = jwt.getJWTClaimsSet().getIssuer();
            if (issuer == null) {
                throw new InvalidSignatureException("The message names no sender (iss)");
            }
            return issuer;
        } catch (ParseException e) {
            throw new InvalidSignatureException("Unreadable claims: " + e.getMessage());
        }
    }

    /**
     * Checks the signature with the key that {@code keyOf} finds for the message's kid, the audience
     * and the time window; returns the claims.
     */
    public static JWTClaimsSet verify(SignedJWT jwt, Function<String, Optional<JWK>> keyOf, String audience) {
        String kid = jwt.getHeader().getKeyID();
        JWK jwk = keyOf.apply(kid).orElseThrow(() -> new InvalidSignatureException("Unknown signing key " + kid));
        try {
            if (!(jwk instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw new InvalidSignatureException("The signature does not verify with key " + kid);
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (audience != null && (claims.getAudience() == null || !claims.getAudience().contains(audience))) {
                throw new InvalidSignatureException("The message is meant for " + claims.getAudience() + ", not " + audience);
            }
            Instant now = Instant.now();
            Date iat = claims.getIssueTime();
            Date exp = claims.getExpirationTime();
            if (iat == null || exp == null || claims.getJWTID() == null) {
                throw new InvalidSignatureException("The message lacks iat, exp or jti");
            }
            if (iat.toInstant().isAfter(now.plus(CLOCK_SKEW)) || exp.toInstant().isBefore(now.minus(CLOCK_SKEW))) {
                throw new InvalidSignatureException("The message is expired or not yet valid");
            }
            if (Duration.between(iat.toInstant(), exp.toInstant()).compareTo(MAX_LIFETIME) > 0) {
                throw new InvalidSignatureException("The message claims a lifetime over " + MAX_LIFETIME);
            }
            return claims;
        } catch (JOSEException | ParseException e) {
            throw new InvalidSignatureException("The message cannot be verified: " + e.getMessage());
        }
    }
}
