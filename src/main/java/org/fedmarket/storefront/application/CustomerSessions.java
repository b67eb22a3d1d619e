package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.account.application.LoginThrottle;
import org.fedmarket.platform.account.application.PasswordHashing;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.ratelimit.RateLimitedException;
import org.fedmarket.platform.schedule.ModuleJobs;
import org.fedmarket.platform.secret.Secrets;
import org.fedmarket.storefront.domain.Customer;
import org.fedmarket.storefront.domain.EmailAddress;
import org.fedmarket.storefront.domain.SignInRefusedException;
import org.fedmarket.storefront.persistence.CustomerRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Signing customers in and out. A session is a random secret in the browser's cookie (only its SHA-256 is stored), new at
 * every sign-in. Failed sign-ins are rationed per client address and per account like the administrators' (429 beyond).
 */
@ApplicationScoped
public class CustomerSessions {

    /** The session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). */
    public static final String COOKIE = "fm_session";
    /** How long a session lasts from sign-in. */
    public static final Duration LIFETIME = Duration.ofDays(14);
    static final int SECRET_BYTES = 32;

    @Inject
    CustomerRepository customers;
    @Inject
    PasswordHashing passwords;
    @Inject
    LoginThrottle throttle;
    @Inject
    ModuleJobs jobs;
    @Inject
    Clock clock;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.STOREFRONT, "customer-session-sweep", Duration.ofHours(1), this::sweep);
    }

    @Transactional
    void sweep() {
        customers.sweep(now());
    }

    /**
     * Checks the password and opens a session; returns its secret for the cookie. Refused alike for an unknown address
     * and a wrong password; refused before any check while the address or the account has failed too often.
     */
    public SignedIn signIn(String email, String password, String clientAddress) {
        EmailAddress address = EmailAddress.of("email", email);
        String typed = password == null ? "" : password;
        // never an administrator's username: those have no '@'
        LoginThrottle.Attempt<Customer> attempt = throttle.attempt(clientAddress, "customer:" + address.value(), admission -> {
            Optional<Customer> customer = customers.byEmail(address);
            if (customer.isEmpty()) {
                passwords.burnTime(typed, admission);
                return Optional.empty();
            }
            return passwords.matches(typed, customer.get().passwordHash(), admission) ? customer : Optional.empty();
        });
        if (attempt.throttled()) {
            throw new RateLimitedException("sign-in", "this address or account", attempt.waitSeconds());
        }
        Customer customer = attempt.passed().orElseThrow(SignInRefusedException::wrongCredentials);
        String refusal = customer.refusal();
        if (refusal != null) {
            throw new SignInRefusedException(refusal, refusal.equals("account-locked")
                    ? "This account is locked; please contact the shop"
                    : "Please confirm your e-mail address first with the link we mailed you");
        }
        String secret = Secrets.random(SECRET_BYTES);
        customers.addSession(Secrets.digest(secret), customer.id(), now(), now().plus(LIFETIME));
        return new SignedIn(secret, customer.id());
    }

    /** A session just opened: the secret for the browser's cookie, and whose it is. */
    public record SignedIn(String secret, long customerId) {
    }

    /** The signed-in customer of a session cookie; empty when it is no live session or the account was locked since. */
    public Optional<Customer> current(String secret) {
        return Secrets.digestIfIssued(secret, SECRET_BYTES).flatMap(hash -> customers.sessionCustomer(hash, now()))
                .filter(c -> c.refusal() == null);
    }

    public void signOut(String secret) {
        Secrets.digestIfIssued(secret, SECRET_BYTES).ifPresent(customers::endSession);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
