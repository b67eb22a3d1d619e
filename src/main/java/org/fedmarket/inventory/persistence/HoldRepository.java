package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.inventory.domain.Hold;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.fedmarket.platform.database.NativeValues.time;

/** Holds, in SQL: a live hold is unique per partner, product and reference (a partial unique index). */
@ApplicationScoped
public class HoldRepository {

    private static final String COLUMNS = "id, product_id, partner, reference, quantity, status, created_at, expires_at";

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    /**
     * Inserts a live hold unless the partner has one for this product and reference; a concurrent
     * twin waits for the first to commit and then finds it. True if this call inserted it.
     */
    public boolean insertIfAbsent(Hold hold) {
        return !em.createNativeQuery("INSERT INTO inventory.hold (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (partner, product_id, reference) WHERE status = 'held' DO NOTHING RETURNING id")
                .setParameter(1, hold.id()).setParameter(2, hold.productId()).setParameter(3, hold.partner())
                .setParameter(4, hold.reference()).setParameter(5, hold.quantity()).setParameter(6, hold.status().id())
                .setParameter(7, hold.createdAt()).setParameter(8, hold.expiresAt()).getResultList().isEmpty();
    }

    /** The partner's live hold for this product and reference, locked. */
    public Optional<Hold> liveForUpdate(long productId, String partner, String reference) {
        return rows("SELECT " + COLUMNS + " FROM inventory.hold WHERE partner = ? AND product_id = ? AND reference = ?"
                + " AND status = 'held' FOR UPDATE", partner, productId, reference).stream().findFirst();
    }

    public Optional<Hold> byIdForUpdate(UUID id) {
        return rows("SELECT " + COLUMNS + " FROM inventory.hold WHERE id = ? FOR UPDATE", id).stream().findFirst();
    }

    public void quantity(Hold hold) {
        em.createNativeQuery("UPDATE inventory.hold SET quantity = ? WHERE id = ?").setParameter(1, hold.quantity())
                .setParameter(2, hold.id()).executeUpdate();
    }

    /** Ends a live hold as {@code status} (consumed, released, expired); false if it had ended already. */
    public boolean end(UUID id, Hold.Status status, OffsetDateTime at) {
        return em.createNativeQuery("UPDATE inventory.hold SET status = ?, ended_at = ? WHERE id = ? AND status = 'held'")
                .setParameter(1, status.id()).setParameter(2, at).setParameter(3, id).executeUpdate() == 1;
    }

    /** Up to {@code limit} live holds past their expiry, locked, skipping those another sweeper has. */
    public List<Hold> dueForExpiry(OffsetDateTime now, int limit) {
        return rows("SELECT " + COLUMNS + " FROM inventory.hold WHERE status = 'held' AND expires_at <= ?"
                + " ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED", now, limit);
    }

    /** Live holds not yet due for expiry with their product's SKU, the soonest first. */
    @SuppressWarnings("unchecked")
    public List<Map.Entry<Hold, String>> live(OffsetDateTime now, int limit) {
        List<Object[]> found = em.createNativeQuery("SELECT h.id, h.product_id, h.partner, h.reference, h.quantity, h.status, h.created_at,"
                        + " h.expires_at, p.sku FROM inventory.hold h JOIN inventory.product p ON p.id = h.product_id"
                        + " WHERE h.status = 'held' AND h.expires_at > ? ORDER BY h.expires_at LIMIT ?")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return found.stream().map(r -> Map.entry(row(r), (String) r[8])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Hold> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(HoldRepository::row).toList();
    }

    private static Hold row(Object[] r) {
        return new Hold((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                Hold.Status.ofId((String) r[5]), time(r[6]), time(r[7]));
    }
}
