package org.fedmarket.platform.account.application;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Wrong passwords cost a password check each (PBKDF2, most of a second of CPU), so they are rationed: a client
 * address, and separately an account, may fail only so many times a minute. Beyond that an attempt is refused
 * before any check, whether its password is right or not, until the bucket refills — so a flood from one address
 * is cheap to refuse and never locks the account out for other addresses. In memory, per node instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    @Inject
    @ConfigProperty(name = "fedmarket.accounts.failed-logins-per-address")
    int perAddress;
    @Inject
    @ConfigProperty(name = "fedmarket.accounts.failed-logins-per-account")
    int perAccount;

    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

    /** What a throttled sign-in attempt came to: who passed the check (if anyone), or how long the client must wait. */
    public record Attempt<T>(Optional<T> passed, long waitSeconds) {
        public boolean throttled() {
            return waitSeconds > 0;
        }
    }

    /**
     * One sign-in attempt of {@code username} from {@code address}: {@code check} runs the password check with the
     * admission it is given. The throttle is asked first, before anything, so that a throttled client cannot even
     * confirm a remembered password, and again under the lock of the costly check, so that a burst that passed the first
     * question together cannot overshoot. A mismatch counts against the address and the account.
     */
    public <T> Attempt<T> attempt(String address, String username, Function<CheckAdmission, Optional<T>> check) {
        CheckAdmission limits = admission(address, username);
        boolean[] refused = {!limits.admit()};
        Optional<T> passed = refused[0] ? Optional.empty() : check.apply(new CheckAdmission() {
            @Override
            public boolean admit() {
                refused[0] = !limits.admit();
                return !refused[0];
            }

            @Override
            public void checked(boolean matched) {
                limits.checked(matched);
            }
        });
        if (!refused[0]) {
            return new Attempt<>(passed, 0);
        }
        Duration wait = delay(address, username).orElse(Duration.ofSeconds(1));
        return new Attempt<>(Optional.empty(), Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /**
     * The admission of one attempt's password check: refused while the address or the account must wait, and a
     * mismatch counts against both. Asked under the lock that runs checks one at a time, so no burst of attempts
     * gets more checks than the limits allow.
     */
    public CheckAdmission admission(String address, String username) {
        return new CheckAdmission() {
            @Override
            public boolean admit() {
                return delay(address, username).isEmpty();
            }

            @Override
            public void checked(boolean matched) {
                if (!matched) {
                    failed(address, username);
                }
            }
        };
    }

    /** How long this attempt must wait, or empty if it may be checked now. */
    public Optional<Duration> delay(String address, String username) {
        long nanos = Math.max(waitNanos(addresses, address), waitNanos(accounts, key(username)));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** Counts a failed attempt against the address and the account. */
    public void failed(String address, String username) {
        bucket(addresses, address, perAddress).tryConsume(1);
        bucket(accounts, key(username), perAccount).tryConsume(1);
    }

    private static long waitNanos(Map<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return 0;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int perMinute) {
        if (buckets.size() >= MAX_TRACKED && !buckets.containsKey(key)) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
            if (buckets.size() >= MAX_TRACKED) {
                buckets.clear(); // bounded memory before completeness: a flood of new names forgets old ones
            }
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
