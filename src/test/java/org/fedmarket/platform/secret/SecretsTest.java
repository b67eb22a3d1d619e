package org.fedmarket.platform.secret;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @Test
    void anIssuedSecretHasADigestAndAnythingElseHasNone() {
        String secret = Secrets.random(32);
        assertEquals(43, secret.length());
        assertEquals(Optional.of(Secrets.digest(secret)), Secrets.digestIfIssued(secret, 32));
        assertEquals(64, Secrets.digest(secret).length());
        assertTrue(Secrets.digestIfIssued(secret, 16).isEmpty(), "another size");
        assertTrue(Secrets.digestIfIssued(secret.substring(1) + "=", 32).isEmpty(), "padding is not base64url");
        assertTrue(Secrets.digestIfIssued(secret.substring(1) + "é", 32).isEmpty());
        assertTrue(Secrets.digestIfIssued(null, 32).isEmpty());
        assertNotEquals(Secrets.random(32), Secrets.random(32));
    }
}
