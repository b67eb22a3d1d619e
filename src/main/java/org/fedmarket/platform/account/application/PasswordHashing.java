package org.fedmarket.platform.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * PBKDF2-HMAC-SHA256 with 310,000 iterations and a 32-byte salt per password — about 0.7 s of CPU
 * per check on a small server core. So that an API client sending the same correct credentials
 * again does not pay that every time, a successful check is remembered for a few minutes as an
 * HMAC (with a key that never leaves this process) of the stored hash and the password: a changed
 * password has a new hash and misses at once, and wrong passwords always pay the full price.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();
    private final Semaphore checks = new Semaphore(1, true);
    private final Clock clock;
    private SecretKeySpec memoKey;
    private String dummyHash;

    public PasswordHashing() {
        this(Clock.systemUTC());
    }

    PasswordHashing(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "310000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        memoKey = new SecretKeySpec(key, "HmacSHA256");
        dummyHash = pbkdf2.generate("not-a-password-of-anyone".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return matches(password, storedHash, CheckAdmission.ALWAYS);
    }

    /** Whether {@code password} matches; a check that {@code admission} refuses does not run and does not match. */
    public boolean matches(String password, String storedHash, CheckAdmission admission) {
        String memo = memo(password, storedHash);
        Instant now = clock.instant();
        Instant until = recentlyVerified.get(memo);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean matches = verify(password, storedHash, admission);
        if (matches) {
            if (recentlyVerified.size() >= MAX_REMEMBERED) {
                recentlyVerified.values().removeIf(expiry -> !expiry.isAfter(now));
                if (recentlyVerified.size() >= MAX_REMEMBERED) {
                    recentlyVerified.clear();
                }
            }
            recentlyVerified.put(memo, now.plus(REMEMBER));
        }
        return matches;
    }

    /** Spends the same time as a real check, so unknown usernames can't be told apart by timing. */
    public void burnTime(String password, CheckAdmission admission) {
        verify(password, dummyHash, admission);
    }

    /** One check at a time per node: however many arrive, password checks never take more than one core. */
    private boolean verify(String password, String storedHash, CheckAdmission admission) {
        checks.acquireUninterruptibly();
        try {
            if (!admission.admit()) {
                return false;
            }
            boolean matches = pbkdf2.verify(password.toCharArray(), storedHash);
            admission.checked(matches && storedHash != dummyHash);
            return matches;
        } finally {
            checks.release();
        }
    }

    private String memo(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(memoKey);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
