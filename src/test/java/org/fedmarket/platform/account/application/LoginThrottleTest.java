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

    @Test
    void anAttemptPassesTheChecksResultUntilMismatchesSpendTheLimitThenWaitsWithoutChecking() {
        LoginThrottle throttle = throttle(2, 100);
        int[] checks = {0};
        java.util.function.Function<CheckAdmission, java.util.Optional<String>> wrong = admission -> {
            checks[0]++;
            if (!admission.admit()) {
                return java.util.Optional.empty();
            }
            admission.checked(false);
            return java.util.Optional.empty();
        };
        for (int i = 0; i < 2; i++) {
            LoginThrottle.Attempt<String> failed = throttle.attempt("10.0.0.1", "ada", wrong);
            org.junit.jupiter.api.Assertions.assertFalse(failed.throttled());
            org.junit.jupiter.api.Assertions.assertTrue(failed.passed().isEmpty());
        }
        LoginThrottle.Attempt<String> right = throttle.attempt("10.0.0.1", "ada", admission -> {
            checks[0]++;
            return java.util.Optional.of("ada");
        });
        org.junit.jupiter.api.Assertions.assertTrue(right.throttled(), "the right password too, once the limit is spent");
        org.junit.jupiter.api.Assertions.assertTrue(right.waitSeconds() >= 1);
        org.junit.jupiter.api.Assertions.assertEquals(2, checks[0], "a throttled attempt runs no check");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("ada"),
                throttle.attempt("10.0.0.2", "ada", admission -> java.util.Optional.of("ada")).passed(), "another address passes");
    }
}
