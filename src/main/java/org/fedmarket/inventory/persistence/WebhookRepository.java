package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.inventory.domain.Webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public void add(Webhook webhook) {
        em.persist(webhook);
    }

    public void remove(Webhook webhook) {
        em.remove(webhook);
    }

    public List<Webhook> all() {
        return em.createQuery("SELECT w FROM Webhook w ORDER BY w.createdAt", Webhook.class).getResultList();
    }

    public Optional<Webhook> lock(UUID id) {
        return Optional.ofNullable(em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Webhook> lockByUrl(String url) {
        return em.createQuery("SELECT w FROM Webhook w WHERE w.url = :url", Webhook.class).setParameter("url", url)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
