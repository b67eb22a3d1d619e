package org.fedmarket.platform.keys.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SigningKeyTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aKeyIsCurrentThenInItsGracePeriodThenRetired() {
        SigningKey key = new SigningKey("kid", "RS256", "{}", new byte[1], T0);
        assertEquals(SigningKey.State.CURRENT, key.stateAt(T0.plusYears(5)));
        key.retireAt(T0.plusDays(7));
        assertEquals(SigningKey.State.GRACE, key.stateAt(T0.plusDays(6)));
        assertEquals(SigningKey.State.RETIRED, key.stateAt(T0.plusDays(7)));
    }

    @Test
    void retirementIsNeverPostponedNorBeforeCreation() {
        SigningKey key = new SigningKey("kid", "RS256", "{}", new byte[1], T0);
        key.retireAt(T0.plusDays(1));
        key.retireAt(T0.plusDays(30));
        assertEquals(T0.plusDays(1), key.retireAfter());
        key.retireAt(T0.minusDays(1));
        assertEquals(T0, key.retireAfter());
    }
}
