package org.fedmarket.platform.keys.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.platform.keys.domain.SigningKey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SigningKeyRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public Optional<SigningKey> current() {
        return em.createQuery("SELECT k FROM SigningKey k WHERE k.retireAfter IS NULL", SigningKey.class)
                .getResultStream().findFirst();
    }

    /** Keys that still verify at {@code now}: the current one and those in their grace period, newest first. */
    public List<SigningKey> verifyingAt(OffsetDateTime now) {
        return em.createQuery("SELECT k FROM SigningKey k WHERE k.retireAfter IS NULL OR k.retireAfter > :now"
                        + " ORDER BY k.createdAt DESC", SigningKey.class)
                .setParameter("now", now).getResultList();
    }

    public Optional<SigningKey> find(String kid) {
        return Optional.ofNullable(em.find(SigningKey.class, kid));
    }

    public List<SigningKey> all() {
        return em.createQuery("SELECT k FROM SigningKey k ORDER BY k.createdAt DESC", SigningKey.class).getResultList();
    }

    /** Serialises key creation and rotation between requests and between instances of this node. */
    public void lock() {
        em.createNativeQuery("LOCK TABLE platform.signing_key IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    /** Writes pending changes now, e.g. the retirement of the old key before a new current one is added. */
    public void flush() {
        em.flush();
    }

    public void add(SigningKey key) {
        em.persist(key);
        em.flush();
    }
}
