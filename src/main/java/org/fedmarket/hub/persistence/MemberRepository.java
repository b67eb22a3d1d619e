package org.fedmarket.hub.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.hub.domain.MemberStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MemberRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public Optional<Member> find(String shopId) {
        return Optional.ofNullable(em.find(Member.class, shopId));
    }

    /**
     * Serialises admissions until the transaction ends: two first applications under one new shop id or base URL would
     * otherwise both find nothing to lock and both insert, and the second would fail on the unique keys.
     */
    public void lockAdmissions() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('hub.admission', 0))").getSingleResult();
    }

    /** The member, locked until the transaction ends, so status changes of one member are serialised. */
    public Optional<Member> lock(String shopId) {
        return Optional.ofNullable(em.find(Member.class, shopId, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean baseUrlTaken(String baseUrl, String exceptShopId) {
        return !em.createQuery("SELECT m.shopId FROM Member m WHERE m.baseUrl = :url AND m.shopId <> :id"
                        + " AND m.status IN :live", String.class)
                .setParameter("url", baseUrl).setParameter("id", exceptShopId)
                .setParameter("live", List.of(MemberStatus.PENDING, MemberStatus.ACTIVE, MemberStatus.SUSPENDED))
                .getResultList().isEmpty();
    }

    public void add(Member member) {
        em.persist(member);
        em.flush();
    }

    public List<Member> all() {
        return em.createQuery("SELECT m FROM Member m ORDER BY m.appliedAt DESC", Member.class).getResultList();
    }

    public List<Member> withStatus(MemberStatus status) {
        return em.createQuery("SELECT m FROM Member m WHERE m.status = :status ORDER BY m.shopId", Member.class)
                .setParameter("status", status).getResultList();
    }

    /** Members whose registry entry changed after {@code version}: joined, changed keys, or went away. */
    public List<Member> changedSince(long version) {
        return em.createQuery("SELECT m FROM Member m WHERE m.registryVersion > :v ORDER BY m.shopId", Member.class)
                .setParameter("v", version).getResultList();
    }

    /**
     * Takes the next registry version. The row stays locked until commit, so registry changes commit
     * one after another in version order.
     */
    public long nextRegistryVersion() {
        Number next = (Number) em.createNativeQuery("UPDATE hub.registry SET version = version + 1 RETURNING version")
                .getSingleResult();
        return next.longValue();
    }

    public long registryVersion() {
        return ((Number) em.createNativeQuery("SELECT version FROM hub.registry").getSingleResult()).longValue();
    }
}
