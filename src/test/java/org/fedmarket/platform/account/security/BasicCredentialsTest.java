package org.fedmarket.platform.account.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BasicCredentialsTest {

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColonSoPasswordsMayContainColons() {
        var credential = AdminAuthenticationMechanism.parseBasic(encode("admin:pa:ss wörd"));
        assertEquals("admin", credential.getCaller());
        assertEquals("pa:ss wörd", credential.getPasswordAsString());
    }

    @Test
    void garbageIsNoCredential() {
        assertNull(AdminAuthenticationMechanism.parseBasic("%%%"));
        assertNull(AdminAuthenticationMechanism.parseBasic(encode("no-colon")));
        assertNull(AdminAuthenticationMechanism.parseBasic(encode(":password-without-user")));
    }
}
