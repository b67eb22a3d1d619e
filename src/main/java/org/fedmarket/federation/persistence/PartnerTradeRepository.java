package org.fedmarket.federation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.federation.domain.PartnerFeed;
import org.fedmarket.federation.domain.PartnerListing;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partners' feeds and listings, and this shop's purchases at partners. */
@ApplicationScoped
public class PartnerTradeRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public List<PartnerFeed> feeds() {
        return em.createQuery("SELECT f FROM PartnerFeed f ORDER BY f.partner", PartnerFeed.class).getResultList();
    }

    public Optional<PartnerFeed> feed(String partner) {
        return Optional.ofNullable(em.find(PartnerFeed.class, partner));
    }

    public Optional<PartnerFeed> feedForUpdate(String partner) {
        return Optional.ofNullable(em.find(PartnerFeed.class, partner, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(PartnerFeed feed) {
        em.persist(feed);
    }

    /**
     * Leases due feeds to the caller until {@code leaseUntil}, skipping those another instance holds:
     * two instances of this shop never sync the same partner at once.
     */
    @SuppressWarnings("unchecked")
    public List<String> leaseDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return em.createNativeQuery("UPDATE federation.partner_feed SET lease_until = ? WHERE partner IN ("
                        + "SELECT partner FROM federation.partner_feed WHERE next_attempt_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING partner")
                .setParameter(1, leaseUntil).setParameter(2, now).setParameter(3, now).setParameter(4, limit).getResultList();
    }

    /** Feeds and listings of partners not in {@code keep}: their partnership no longer shares inventory. */
    public int dropAllBut(Collection<String> keep) {
        if (keep.isEmpty()) {
            int dropped = em.createQuery("DELETE FROM PartnerListing l").executeUpdate();
            em.createQuery("DELETE FROM PartnerFeed f").executeUpdate();
            return dropped;
        }
        int dropped = em.createQuery("DELETE FROM PartnerListing l WHERE l.partner NOT IN :keep")
                .setParameter("keep", List.copyOf(keep)).executeUpdate();
        em.createQuery("DELETE FROM PartnerFeed f WHERE f.partner NOT IN :keep").setParameter("keep", List.copyOf(keep)).executeUpdate();
        return dropped;
    }

    public List<PartnerListing> listings() {
        return em.createQuery("SELECT l FROM PartnerListing l ORDER BY l.partner, l.productId", PartnerListing.class).getResultList();
    }

    public List<PartnerListing> listings(String partner) {
        return em.createQuery("SELECT l FROM PartnerListing l WHERE l.partner = :p ORDER BY l.productId", PartnerListing.class)
                .setParameter("p", partner).getResultList();
    }

    public Optional<PartnerListing> listing(String partner, String productId) {
        return Optional.ofNullable(em.find(PartnerListing.class, new PartnerListing.Key(partner, productId)));
    }

    public long countListings(String partner) {
        return em.createQuery("SELECT count(l) FROM PartnerListing l WHERE l.partner = :p", Long.class).setParameter("p", partner)
                .getSingleResult();
    }

    public void flush() {
        em.flush();
    }

    /** Every partner's listing of {@code sku}: partner, product id, name, price in USD, availability (native: current rows). */
    @SuppressWarnings("unchecked")
    public List<Object[]> listingsOfSku(String sku) {
        return em.createNativeQuery("SELECT partner, product_id, name, price_usd, availability FROM federation.partner_listing"
                + " WHERE substring(product_id FROM position(':' IN product_id) + 1) = ? ORDER BY partner")
                .setParameter(1, sku).getResultList();
    }

    public void add(PartnerListing listing) {
        em.persist(listing);
    }

    public void remove(PartnerListing listing) {
        em.remove(listing);
    }

    public void removeListings(String partner) {
        em.createQuery("DELETE FROM PartnerListing l WHERE l.partner = :p").setParameter("p", partner).executeUpdate();
    }

    public void add(Purchase purchase) {
        em.persist(purchase);
        em.flush(); // before its events: EclipseLink does not order inserts of unrelated entities
    }

    public void add(PurchaseEvent event) {
        em.persist(event);
    }

    public Optional<Purchase> purchase(UUID id) {
        return Optional.ofNullable(em.find(Purchase.class, id));
    }

    public Optional<Purchase> purchaseForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Purchase.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Purchase> purchases(int limit) {
        return em.createQuery("SELECT p FROM Purchase p ORDER BY p.createdAt DESC", Purchase.class).setMaxResults(limit).getResultList();
    }

    /**
     * Claims up to {@code limit} open purchases whose next attempt is due: their next attempt moves to
     * {@code leaseUntil}, so another instance does not take them meanwhile (SKIP LOCKED: nor at the same moment).
     */
    public List<UUID> claimDuePurchases(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("UPDATE federation.purchase SET next_attempt_at = ?1 WHERE id IN ("
                        + "SELECT id FROM federation.purchase WHERE status IN ('holding', 'ordering') AND next_attempt_at <= ?2"
                        + " ORDER BY next_attempt_at LIMIT ?3 FOR UPDATE SKIP LOCKED) RETURNING id")
                .setParameter(1, leaseUntil).setParameter(2, now).setParameter(3, limit).getResultList();
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }

    public Optional<Purchase> purchaseByKey(String idempotencyKey) {
        return em.createQuery("SELECT p FROM Purchase p WHERE p.idempotencyKey = :k", Purchase.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    public List<PurchaseEvent> history(UUID purchaseId) {
        return em.createQuery("SELECT e FROM PurchaseEvent e WHERE e.purchaseId = :id ORDER BY e.id", PurchaseEvent.class)
                .setParameter("id", purchaseId).getResultList();
    }
}
