package org.fedmarket.federation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.federation.domain.Partnership;
import org.fedmarket.federation.domain.PartnershipEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public Optional<Partnership> lock(UUID id) {
        return Optional.ofNullable(em.find(Partnership.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Partnership> find(UUID id) {
        return Optional.ofNullable(em.find(Partnership.class, id));
    }

    public void add(Partnership partnership) {
        em.persist(partnership);
        em.flush(); // its events refer to it
    }

    public void add(PartnershipEvent event) {
        em.persist(event);
    }

    public List<Partnership> all() {
        return em.createQuery("SELECT p FROM Partnership p ORDER BY p.updatedAt DESC", Partnership.class).getResultList();
    }

    public List<Partnership> withPartner(String shopId) {
        return em.createQuery("SELECT p FROM Partnership p WHERE p.partnerShopId = :id", Partnership.class)
                .setParameter("id", shopId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Read without locks: the partner-call check asks this often. */
    public List<Partnership> activeWith(String shopId) {
        return em.createQuery("SELECT p FROM Partnership p WHERE p.partnerShopId = :id AND p.status = :active", Partnership.class)
                .setParameter("id", shopId).setParameter("active", Partnership.Status.ACTIVE).getResultList();
    }

    public List<PartnershipEvent> history(UUID id) {
        return em.createQuery("SELECT e FROM PartnershipEvent e WHERE e.partnershipId = :id ORDER BY e.at, e.id",
                PartnershipEvent.class).setParameter("id", id).getResultList();
    }

    /** Records a message id; false if it was applied before (a redelivery). */
    public boolean firstDelivery(String messageId, OffsetDateTime now) {
        return em.createNativeQuery("INSERT INTO federation.partnership_message (message_id, received_at) VALUES (?, ?)"
                        + " ON CONFLICT (message_id) DO NOTHING")
                .setParameter(1, messageId).setParameter(2, now).executeUpdate() == 1;
    }
}
