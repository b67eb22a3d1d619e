package org.fedmarket.storefront.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.storefront.domain.Address;
import org.fedmarket.storefront.domain.Customer;
import org.fedmarket.storefront.domain.EmailAddress;
import org.fedmarket.storefront.domain.LinkPurpose;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Customers, their mailed links, sessions and addresses. Runs in the caller's transaction. */
@ApplicationScoped
public class CustomerRepository {

    private static final String COLUMNS = "id, email, name, password_hash, created_at, verified_at, locked_at, lock_reason";

    @Inject
    StorefrontDatabase db;

    /** Adds a customer; empty when the address is taken already. */
    public Optional<Long> add(EmailAddress email, String name, String passwordHash, OffsetDateTime now) {
        return db.first("INSERT INTO storefront.customer (email, name, password_hash, created_at, password_changed_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING id", rs -> rs.getLong(1),
                email.value(), name, passwordHash, now, now);
    }

    public Optional<Customer> byEmail(EmailAddress email) {
        return db.first("SELECT " + COLUMNS + " FROM storefront.customer WHERE email = ?", CustomerRepository::customer, email.value());
    }

    public Optional<Customer> byId(long id) {
        return db.first("SELECT " + COLUMNS + " FROM storefront.customer WHERE id = ?", CustomerRepository::customer, id);
    }

    /** Customers whose address or name contains {@code text} (any when empty), newest first. */
    public List<Customer> search(String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.list("SELECT " + COLUMNS + " FROM storefront.customer WHERE email LIKE lower(?) OR name ILIKE ?"
                + " ORDER BY id DESC LIMIT ?", CustomerRepository::customer, like, like, limit);
    }

    public void verified(long id, OffsetDateTime now) {
        db.update("UPDATE storefront.customer SET verified_at = COALESCE(verified_at, ?) WHERE id = ?", now, id);
    }

    public void passwordChanged(long id, String passwordHash, OffsetDateTime now) {
        db.update("UPDATE storefront.customer SET password_hash = ?, password_changed_at = ? WHERE id = ?", passwordHash, now, id);
    }

    /** Locks ({@code reason} given) or unlocks ({@code reason} null); false when there is no such customer. */
    public boolean lock(long id, String reason, OffsetDateTime now) {
        return db.update("UPDATE storefront.customer SET locked_at = ?, lock_reason = ? WHERE id = ?",
                reason == null ? null : now, reason, id) == 1;
    }

    public void addLink(String hash, long customerId, LinkPurpose purpose, OffsetDateTime now) {
        db.update("INSERT INTO storefront.customer_token (hash, customer_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                hash, customerId, purpose.wireName(), now, now.plus(purpose.lifetime()));
    }

    /** Takes a link: the customer it was for, once, while it is valid; every other link of that purpose stops working too. */
    public Optional<Long> takeLink(String hash, LinkPurpose purpose, OffsetDateTime now) {
        Optional<Long> customer = db.first("UPDATE storefront.customer_token SET used_at = ? WHERE hash = ? AND purpose = ?"
                + " AND used_at IS NULL AND expires_at > ? RETURNING customer_id", rs -> rs.getLong(1), now, hash, purpose.wireName(), now);
        customer.ifPresent(id -> db.update("UPDATE storefront.customer_token SET used_at = ? WHERE customer_id = ? AND purpose = ?"
                + " AND used_at IS NULL", now, id, purpose.wireName()));
        return customer;
    }

    public void addSession(String hash, long customerId, OffsetDateTime now, OffsetDateTime expires) {
        db.update("INSERT INTO storefront.customer_session (hash, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                hash, customerId, now, expires);
    }

    /** The customer a live session belongs to. */
    public Optional<Customer> sessionCustomer(String hash, OffsetDateTime now) {
        return db.first("SELECT c." + COLUMNS.replace(", ", ", c.") + " FROM storefront.customer_session s"
                + " JOIN storefront.customer c ON c.id = s.customer_id WHERE s.hash = ? AND s.expires_at > ?",
                CustomerRepository::customer, hash, now);
    }

    public void endSession(String hash) {
        db.update("DELETE FROM storefront.customer_session WHERE hash = ?", hash);
    }

    public int endSessions(long customerId) {
        return db.update("DELETE FROM storefront.customer_session WHERE customer_id = ?", customerId);
    }

    /** Forgets expired sessions and links. */
    public int sweep(OffsetDateTime now) {
        return db.update("DELETE FROM storefront.customer_session WHERE expires_at <= ?", now)
                + db.update("DELETE FROM storefront.customer_token WHERE expires_at <= ?", now.minusDays(1));
    }

    public List<Address> addresses(long customerId) {
        return db.list("SELECT id, name, line1, line2, postal_code, city, country FROM storefront.address WHERE customer_id = ?"
                + " ORDER BY id", rs -> new Address(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)), customerId);
    }

    /** Adds an address unless the customer has {@code max} already; false then. */
    public boolean addAddress(long customerId, Address a, int max, OffsetDateTime now) {
        db.first("SELECT id FROM storefront.customer WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), customerId);
        return db.update("INSERT INTO storefront.address (customer_id, name, line1, line2, postal_code, city, country, created_at)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE (SELECT count(*) FROM storefront.address WHERE customer_id = ?) < ?",
                customerId, a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country(), now, customerId, max) == 1;
    }

    public boolean removeAddress(long customerId, long addressId) {
        return db.update("DELETE FROM storefront.address WHERE id = ? AND customer_id = ?", addressId, customerId) == 1;
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong(1), new EmailAddress(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8));
    }
}
