package org.fedmarket.hub.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinRequestTest {

    private static final RSAKey KEY = key(2048);

    private static RSAKey key(int bits) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits); // below 2048 only through the JDK: Nimbus refuses to make such keys
            java.security.KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((java.security.interfaces.RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate()).keyIDFromThumbprint().build();
        } catch (JOSEException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("sock-palace").claim("name", " Sock Palace ")
                .claim("baseUrl", "https://socks.example/").claim("jwks", new JWKSet(KEY.toPublicJWK()).toJSONObject());
    }

    @Test
    void aValidRequestIsReadWithItsDefaults() {
        JoinRequest request = JoinRequest.of(valid().build());
        assertEquals("sock-palace", request.shopId());
        assertEquals("Sock Palace", request.name());
        assertEquals("https://socks.example", request.baseUrl(), "no trailing slash");
        assertTrue(request.acceptsPush(), "push unless declined");
        assertTrue(request.invitationCode().isEmpty());
        assertEquals(KEY.getKeyID(), request.keys().get(0).getKeyID());
    }

    @Test
    void badShopIdsNamesAndUrlsAreRefused() {
        for (String id : new String[] {"Sock-Palace", "-socks", "socks-", "a b", "x".repeat(41)}) {
            assertThrows(BusinessRuleException.class, () -> JoinRequest.of(valid().issuer(id).build()), id);
        }
        assertThrows(BusinessRuleException.class, () -> JoinRequest.of(valid().claim("name", " ").build()));
        for (String url : new String[] {"ftp://socks.example", "/relative", "https://socks.example/?q=1", "https://u:p@socks.example"}) {
            assertThrows(BusinessRuleException.class, () -> JoinRequest.of(valid().claim("baseUrl", url).build()), url);
        }
    }

    @Test
    void keysMustBePublicRsaOfAtLeast2048Bits() {
        assertThrows(BusinessRuleException.class, () -> JoinRequest.of(valid()
                .claim("jwks", new JWKSet(KEY).toJSONObject(false)).build()), "a private key is never sent");
        assertThrows(BusinessRuleException.class, () -> JoinRequest.of(valid()
                .claim("jwks", new JWKSet(key(1024).toPublicJWK()).toJSONObject()).build()));
        assertThrows(BusinessRuleException.class, () -> JoinRequest.of(valid().claim("jwks", null).build()));
    }
}
