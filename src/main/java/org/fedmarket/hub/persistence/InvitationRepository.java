package org.fedmarket.hub.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.hub.domain.Invitation;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    /** The invitation with this code hash, locked so that two shops cannot both spend it. */
    public Optional<Invitation> lockByCodeHash(String codeHash) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.codeHash = :h", Invitation.class)
                .setParameter("h", codeHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Invitation> find(java.util.UUID id) {
        return Optional.ofNullable(em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Invitation> newestFirst(int limit) {
        return em.createQuery("SELECT i FROM Invitation i ORDER BY i.createdAt DESC", Invitation.class)
                .setMaxResults(limit).getResultList();
    }
}
