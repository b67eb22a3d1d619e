package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.inventory.domain.OrderEvent;
import org.fedmarket.inventory.domain.PartnerOrder;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrderRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    /**
     * Serialises requests for the same partner order id (and idempotency key) until the transaction
     * ends: a concurrent twin waits here, then finds the order the first one committed.
     */
    public void lock(String partner, String partnerOrderId, String idempotencyKey) {
        lockOn(partner + "/order/" + partnerOrderId);
        if (idempotencyKey != null) {
            lockOn(partner + "/key/" + idempotencyKey);
        }
    }

    private void lockOn(String name) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").setParameter(1, name).getSingleResult();
    }

    public void add(PartnerOrder order) {
        em.persist(order);
        em.flush(); // before its events: EclipseLink does not order inserts of unrelated entities
    }

    public Optional<PartnerOrder> byPartnerOrderId(String partner, String partnerOrderId) {
        return em.createQuery("SELECT o FROM PartnerOrder o WHERE o.partner = :partner AND o.partnerOrderId = :id", PartnerOrder.class)
                .setParameter("partner", partner).setParameter("id", partnerOrderId).getResultStream().findFirst();
    }

    public Optional<PartnerOrder> byIdempotencyKey(String partner, String key) {
        return em.createQuery("SELECT o FROM PartnerOrder o WHERE o.partner = :partner AND o.idempotencyKey = :key", PartnerOrder.class)
                .setParameter("partner", partner).setParameter("key", key).getResultStream().findFirst();
    }

    public Optional<PartnerOrder> byIdForUpdate(UUID id) {
        return Optional.ofNullable(em.find(PartnerOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PartnerOrder> byId(UUID id) {
        return Optional.ofNullable(em.find(PartnerOrder.class, id));
    }

    public List<PartnerOrder> recent(int limit) {
        return recent(limit, null, null);
    }

    /** The newest orders, of {@code partner} and in {@code status} when given (null: any). */
    public List<PartnerOrder> recent(int limit, String partner, OrderStatus status) {
        return em.createQuery("SELECT o FROM PartnerOrder o WHERE (:partner IS NULL OR o.partner = :partner)"
                        + " AND (:status IS NULL OR o.status = :status) ORDER BY o.createdAt DESC", PartnerOrder.class)
                .setParameter("partner", partner).setParameter("status", status == null ? null : status.id())
                .setMaxResults(limit).getResultList();
    }

    public void record(OrderEvent event) {
        em.persist(event);
    }

    /** The history of each of {@code orderIds}, in one query. */
    public Map<UUID, List<OrderEvent>> histories(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM OrderEvent e WHERE e.orderId IN :ids ORDER BY e.id", OrderEvent.class)
                .setParameter("ids", orderIds).getResultStream()
                .collect(Collectors.groupingBy(OrderEvent::orderId, LinkedHashMap::new, Collectors.toList()));
    }

    public List<OrderEvent> history(UUID orderId) {
        return em.createQuery("SELECT e FROM OrderEvent e WHERE e.orderId = :id ORDER BY e.id", OrderEvent.class)
                .setParameter("id", orderId).getResultList();
    }
}
