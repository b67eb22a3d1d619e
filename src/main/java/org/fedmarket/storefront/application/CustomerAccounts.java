package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.account.application.PasswordHashing;
import org.fedmarket.platform.account.domain.PasswordPolicy;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.ratelimit.RateLimits;
import org.fedmarket.platform.secret.Secrets;
import org.fedmarket.storefront.domain.Customer;
import org.fedmarket.storefront.domain.CustomerName;
import org.fedmarket.storefront.domain.EmailAddress;
import org.fedmarket.storefront.domain.LinkPurpose;
import org.fedmarket.storefront.persistence.CustomerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Becoming a customer and proving the address: sign-up, the verification link, and the password reset by mailed link.
 * Every answer about an address is the same whether or not it has an account; only the mailbox learns the difference.
 */
@ApplicationScoped
public class CustomerAccounts {

    public static final int NAME_MAX = 100;
    static final int LINK_BYTES = 32;

    @Inject
    CustomerRepository customers;
    @Inject
    CustomerMails mails;
    @Inject
    PasswordHashing passwords;
    @Inject
    RateLimits limits;
    @Inject
    Clock clock;

    /**
     * Signs up a customer, who verifies the address by the link mailed to it. An address with an account already gets a
     * mail saying so instead, and the caller the same answer.
     */
    @Transactional
    public void signUp(String email, String name, String password, String client) {
        EmailAddress address = EmailAddress.of("email", email);
        String checkedName = CustomerName.of("name", name, NAME_MAX);
        PasswordPolicy.check(password);
        ration(address, client);
        String hash = passwords.hash(password);
        Optional<Long> added = customers.add(address, checkedName, hash, now());
        if (added.isPresent()) {
            mails.verify(address, checkedName, link(added.get(), LinkPurpose.VERIFY));
        } else {
            mails.alreadyRegistered(address);
        }
    }

    /** Takes a verification link; false when it is unknown, used or expired. */
    @Transactional
    public boolean verify(String secret) {
        Optional<Long> customer = take(secret, LinkPurpose.VERIFY);
        customer.ifPresent(id -> customers.verified(id, now()));
        return customer.isPresent();
    }

    /** Mails a password reset link to the address if it has an account; says nothing either way. */
    @Transactional
    public void requestReset(String email, String client) {
        EmailAddress address = EmailAddress.of("email", email);
        ration(address, client);
        customers.byEmail(address).filter(c -> !c.locked())
                .ifPresent(c -> mails.reset(c.email(), link(c.id(), LinkPurpose.RESET)));
    }

    /**
     * Sets a new password with a reset link, which then works no more; every session of the customer ends. Opening the
     * link proves the address, so an unverified one is verified too.
     */
    @Transactional
    public void resetPassword(String secret, String password) {
        PasswordPolicy.check(password); // before the link is taken: a refused password leaves it usable
        long id = take(secret, LinkPurpose.RESET).orElseThrow(() -> new BusinessRuleException("link-invalid",
                "This link is unknown, used or expired; ask for a new one"));
        customers.passwordChanged(id, passwords.hash(password), now());
        customers.verified(id, now());
        customers.endSessions(id);
    }

    /** Mails a new verification link to a customer who has not verified yet; false when verified already. */
    @Transactional
    public boolean resendVerification(Customer customer) {
        if (customer.verified()) {
            return false;
        }
        mails.verify(customer.email(), customer.name(), link(customer.id(), LinkPurpose.VERIFY));
        return true;
    }

    /**
     * A form that sends a mail draws from two limits: the client's (sign-ups also cost a password hash) and the mailbox's
     * (whether or not it has an account, so the answer tells nothing and no one's mailbox is flooded from the shop).
     */
    private void ration(EmailAddress address, String client) {
        limits.consume("customer-mails-per-client", client);
        limits.consume("customer-mails-per-address", address.value());
    }

    private String link(long customerId, LinkPurpose purpose) {
        String secret = Secrets.random(LINK_BYTES);
        customers.addLink(Secrets.digest(secret), customerId, purpose, now());
        return secret;
    }

    private Optional<Long> take(String secret, LinkPurpose purpose) {
        return Secrets.digestIfIssued(secret, LINK_BYTES).flatMap(hash -> customers.takeLink(hash, purpose, now()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
