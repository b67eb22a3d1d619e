package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.platform.input.Limits;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The stock statements; the only SQL that writes a product's stock. */
@ApplicationScoped
public class StockRepository {

    /** Stock after a change, the availability class partners were last shown, and the product's SKU. */
    public record Changed(int stock, String listedAvailability, String sku) {
    }

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    /**
     * Adds {@code delta} (negative takes) unless the stock would fall below zero or rise over
     * {@link Limits#MAX_STOCK}; one statement, so concurrent takes queue on the row and never oversell.
     * Empty if there is not enough (or, adding, too much). The sum is taken in bigint: it never overflows.
     */
    public Optional<Changed> change(long productId, int delta, String reason, String reference, OffsetDateTime at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE inventory.product SET stock = stock + ?1"
                        + " WHERE id = ?2 AND stock::bigint + ?1 BETWEEN 0 AND ?3 RETURNING stock, availability, sku")
                .setParameter(1, delta).setParameter(2, productId).setParameter(3, Limits.MAX_STOCK).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery("INSERT INTO inventory.stock_movement (product_id, delta, reason, reference, at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, productId).setParameter(2, delta).setParameter(3, reason).setParameter(4, reference)
                .setParameter(5, at).executeUpdate();
        return Optional.of(new Changed(((Number) rows.get(0)[0]).intValue(), (String) rows.get(0)[1], (String) rows.get(0)[2]));
    }

    public int stock(long productId) {
        return ((Number) em.createNativeQuery("SELECT stock FROM inventory.product WHERE id = ?").setParameter(1, productId)
                .getSingleResult()).intValue();
    }

    /** Records the availability class partners now see, at catalogue revision {@code revision}. */
    public void listed(long productId, String availability, long revision) {
        em.createNativeQuery("UPDATE inventory.product SET availability = ?, revision = ? WHERE id = ?")
                .setParameter(1, availability).setParameter(2, revision).setParameter(3, productId).executeUpdate();
    }
}
