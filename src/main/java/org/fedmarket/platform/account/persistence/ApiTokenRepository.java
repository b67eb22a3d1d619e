package org.fedmarket.platform.account.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.platform.account.domain.ApiToken;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public void add(ApiToken token) {
        em.persist(token);
    }

    public Optional<ApiToken> find(String publicId) {
        return Optional.ofNullable(em.find(ApiToken.class, publicId));
    }

    public Optional<ApiToken> lock(String publicId) {
        return Optional.ofNullable(em.find(ApiToken.class, publicId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<ApiToken> all() {
        return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.createdAt DESC", ApiToken.class).getResultList();
    }
}
