package org.fedmarket.federation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.federation.domain.HubMembership;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MembershipRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public Optional<HubMembership> membership() {
        return Optional.ofNullable(em.find(HubMembership.class, true));
    }

    /** The membership row, locked: directory updates from push and poll are applied one at a time. */
    public Optional<HubMembership> lockMembership() {
        return Optional.ofNullable(em.find(HubMembership.class, true, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(HubMembership membership) {
        em.persist(membership);
    }

    public Optional<DirectoryMember> member(String shopId) {
        return Optional.ofNullable(em.find(DirectoryMember.class, shopId));
    }

    public DirectoryMember memberOrNew(String shopId) {
        DirectoryMember member = em.find(DirectoryMember.class, shopId);
        if (member == null) {
            member = new DirectoryMember(shopId);
            em.persist(member);
        }
        return member;
    }

    public List<DirectoryMember> activeMembers() {
        return em.createQuery("SELECT m FROM DirectoryMember m WHERE m.active = true ORDER BY m.name", DirectoryMember.class)
                .getResultList();
    }

    public void clearDirectory() {
        em.createQuery("DELETE FROM DirectoryMember m").executeUpdate();
    }
}
