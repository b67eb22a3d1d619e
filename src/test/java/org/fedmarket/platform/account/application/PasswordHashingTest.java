package org.fedmarket.platform.account.application;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashingTest {

    /** Stands in for Liberty's PBKDF2 bean and counts the expensive verifications. */
    static final class CountingHash implements Pbkdf2PasswordHash {
        int verifications;

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash-of:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verifications++;
            return hashedPassword.equals(generate(password));
        }
    }

    private final MutableClock clock = new MutableClock();
    private final CountingHash pbkdf2 = new CountingHash();
    private PasswordHashing hashing;

    @BeforeEach
    void setUp() {
        hashing = new PasswordHashing(clock);
        hashing.pbkdf2 = pbkdf2;
        hashing.configure();
        pbkdf2.verifications = 0;
    }

    @Test
    void aRepeatedCorrectPasswordIsVerifiedExpensivelyOnlyOnce() {
        String stored = hashing.hash("a long password");
        assertTrue(hashing.matches("a long password", stored));
        assertTrue(hashing.matches("a long password", stored));
        assertEquals(1, pbkdf2.verifications);
    }

    @Test
    void wrongPasswordsAlwaysPayTheFullPrice() {
        String stored = hashing.hash("a long password");
        assertFalse(hashing.matches("a wrong password", stored));
        assertFalse(hashing.matches("a wrong password", stored));
        assertEquals(2, pbkdf2.verifications);
    }

    @Test
    void aChangedPasswordHashMissesTheMemoAtOnce() {
        String old = hashing.hash("a long password");
        assertTrue(hashing.matches("a long password", old));
        String changed = hashing.hash("another long password");
        assertFalse(hashing.matches("a long password", changed));
    }

    @Test
    void theMemoExpires() {
        String stored = hashing.hash("a long password");
        hashing.matches("a long password", stored);
        clock.now = clock.now.plus(PasswordHashing.REMEMBER).plusSeconds(1);
        hashing.matches("a long password", stored);
        assertEquals(2, pbkdf2.verifications);
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
