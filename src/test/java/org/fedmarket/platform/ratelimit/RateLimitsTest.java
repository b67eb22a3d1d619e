package org.fedmarket.platform.ratelimit;

import org.fedmarket.platform.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateLimitsTest {

    @Test
    void aLimitIsCapacityPerPeriod() {
        RateLimits.Limit limit = RateLimits.parse("holds", " 120/PT1M ", "holds");
        assertEquals(120, limit.capacity());
        assertEquals(Duration.ofMinutes(1), limit.period());
        assertEquals("120/PT1M", limit.toString());
    }

    @Test
    void aMisconfiguredLimitStopsTheStartWithTheKeyNamed() {
        for (String wrong : new String[] {"120", "0/PT1M", "-5/PT1M", "10/1m", "10/PT0S", "ten/PT1M", "10/PT1M/x"}) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> RateLimits.parse("holds", wrong, ""), wrong);
            assertEquals(true, e.getMessage().contains("fedmarket.rate-limits.holds"), e.getMessage());
        }
    }
}
