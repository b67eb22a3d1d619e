package org.fedmarket.hub.domain;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A shop's application as the Hub reads it from the claims of a signed join request. */
public record JoinRequest(String shopId, String name, String baseUrl, boolean acceptsPush, List<JWK> keys,
                          Optional<String> invitationCode) {

    private static final int MAX_KEYS = 5;
    /** The longest key id and base URL the Hub keeps. */
    private static final int MAX_KID = 64;
    private static final int MAX_BASE_URL = 500;

    /** The keys in a join request, read before its signature is checked (the request is signed by one of them). */
    public static List<JWK> keysOf(JWTClaimsSet claims) {
        try {
            Map<String, Object> jwks = claims.getJSONObjectClaim("jwks");
            if (jwks == null) {
                throw invalid("jwks is missing");
            }
            List<JWK> keys = JWKSet.parse(jwks).getKeys();
            if (keys.isEmpty() || keys.size() > MAX_KEYS) {
                throw invalid("jwks must hold 1 to " + MAX_KEYS + " keys");
            }
            for (JWK key : keys) {
                if (!(key instanceof RSAKey rsa) || key.isPrivate() || key.getKeyID() == null || rsa.size() < 2048
                        || key.getKeyID().length() > MAX_KID) {
                    throw invalid("every key must be a public RSA key of at least 2048 bits with a kid of at most "
                            + MAX_KID + " characters");
                }
            }
            return keys;
        } catch (ParseException e) {
            throw invalid("jwks is not a JWK set: " + e.getMessage());
        }
    }

    public static JoinRequest of(JWTClaimsSet claims) {
        try {
            String shopId = claims.getIssuer();
            if (shopId == null || !shopId.matches(Protocol.SHOP_ID_PATTERN)) {
                throw invalid("iss must be a shop id (" + Protocol.SHOP_ID_PATTERN + "), got " + shopId);
            }
            String name = claims.getStringClaim("name");
            if (name == null || name.isBlank() || name.length() > 200) {
                throw invalid("name must have 1 to 200 characters");
            }
            String baseUrl = baseUrl(claims.getStringClaim("baseUrl"));
            Boolean push = claims.getBooleanClaim("acceptsPush");
            String invitation = claims.getStringClaim("invitation");
            return new JoinRequest(shopId, name.strip(), baseUrl, push == null || push, keysOf(claims),
                    Optional.ofNullable(invitation).filter(s -> !s.isBlank()));
        } catch (ParseException e) {
            throw invalid(e.getMessage());
        }
    }

    private static String baseUrl(String value) {
        try {
            URI uri = URI.create(value == null ? "" : value);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw invalid("baseUrl must be an absolute http(s) URL without query or fragment, got " + value);
            }
            String url = uri.toString();
            if (url.length() > MAX_BASE_URL) {
                throw invalid("baseUrl must have at most " + MAX_BASE_URL + " characters");
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        } catch (IllegalArgumentException e) {
            throw invalid("baseUrl is not a URL: " + value);
        }
    }

    private static BusinessRuleException invalid(String detail) {
        return new BusinessRuleException("join-request-invalid", "Invalid join request: " + detail);
    }
}
