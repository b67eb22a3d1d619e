package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.storefront.domain.Address;
import org.fedmarket.storefront.domain.Customer;
import org.fedmarket.storefront.persistence.CustomerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** A customer's addresses: at most {@value #MAX} each. */
@ApplicationScoped
public class AddressBook {

    public static final int MAX = 10;

    @Inject
    CustomerRepository customers;
    @Inject
    Clock clock;

    @Transactional
    public List<Address> of(Customer customer) {
        return customers.addresses(customer.id());
    }

    @Transactional
    public void add(Customer customer, Address address) {
        if (!customers.addAddress(customer.id(), address, MAX, OffsetDateTime.now(clock))) {
            throw new BusinessRuleException("address-book-full", "An account keeps at most " + MAX + " addresses");
        }
    }

    @Transactional
    public void remove(Customer customer, long addressId) {
        if (!customers.removeAddress(customer.id(), addressId)) {
            throw new NoSuchEntityException("Address", String.valueOf(addressId));
        }
    }
}
