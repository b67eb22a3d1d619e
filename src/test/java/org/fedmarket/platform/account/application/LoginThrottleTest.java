package org.fedmarket.platform.account.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static LoginThrottle throttle(int perAddress, int perAccount) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.perAddress = perAddress;
        throttle.perAccount = perAccount;
        return throttle;
    }

    @Test
    void anAddressThatFailedTooOftenWaitsAndOthersDoNot() {
        LoginThrottle throttle = throttle(3, 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.delay("10.0.0.1", "admin").isEmpty(), "attempt " + i);
            throttle.failed("10.0.0.1", "admin");
        }
        assertTrue(throttle.delay("10.0.0.1", "admin").isPresent());
        assertTrue(throttle.delay("10.0.0.1", "someone-else").isPresent(), "the address is throttled for every account");
        assertTrue(throttle.delay("10.0.0.2", "admin").isEmpty(), "the account is not locked for other addresses");
    }

    @Test
    void anAccountThatFailedTooOftenFromManyAddressesWaits() {
        LoginThrottle throttle = throttle(100, 4);
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.1." + i, "Admin ");
        }
        assertTrue(throttle.delay("10.0.2.1", "admin").isPresent(), "usernames compare as the account does");
        assertFalse(throttle.delay("10.0.2.1", "other").isPresent());
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNewAddresses() {
        LoginThrottle throttle = throttle(1, 1_000_000);
        for (int i = 0; i < LoginThrottle.MAX_TRACKED * 3; i++) {
            throttle.failed("address-" + i, "admin");
        }
        assertTrue(throttle.delay("address-" + (LoginThrottle.MAX_TRACKED * 3 - 1), "admin").isPresent());
    }
}
