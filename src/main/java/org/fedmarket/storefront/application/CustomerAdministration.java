package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.storefront.api.CustomerSummary;
import org.fedmarket.storefront.domain.Customer;
import org.fedmarket.storefront.domain.CustomerName;
import org.fedmarket.storefront.persistence.CustomerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** What the shop's administrators do with customer accounts: find them, lock and unlock them, mail a new verification link. */
@ApplicationScoped
public class CustomerAdministration {

    static final int PAGE = 50;

    @Inject
    CustomerRepository customers;
    @Inject
    CustomerAccounts accounts;
    @Inject
    Clock clock;

    /** Customers whose address or name contains {@code text}, newest first, at most 50. */
    @Transactional
    public List<CustomerSummary> search(String text) {
        String query = text == null ? "" : text.strip();
        if (!query.isEmpty()) {
            CustomerName.of("q", query, 100);
        }
        return customers.search(query, PAGE).stream().map(c -> new CustomerSummary(c.id(), c.email().value(), c.name(),
                c.createdAt(), c.verified(), c.lockedAt(), c.lockReason())).toList();
    }

    /** Locks an account: its sessions end and it cannot sign in until unlocked. */
    @Audited("storefront.customer-locked")
    @Transactional
    public void lock(long id, String reason) {
        String why = CustomerName.of("reason", reason, 200);
        require(id);
        customers.lock(id, why, OffsetDateTime.now(clock));
        customers.endSessions(id);
    }

    @Audited("storefront.customer-unlocked")
    @Transactional
    public void unlock(long id) {
        require(id);
        customers.lock(id, null, OffsetDateTime.now(clock));
    }

    @Audited("storefront.verification-resent")
    @Transactional
    public void resendVerification(long id) {
        if (!accounts.resendVerification(require(id))) {
            throw new ConflictException("address-verified", "Customer " + id + " has verified the address already");
        }
    }

    private Customer require(long id) {
        return customers.byId(id).orElseThrow(() -> new NoSuchEntityException("Customer", String.valueOf(id)));
    }
}
