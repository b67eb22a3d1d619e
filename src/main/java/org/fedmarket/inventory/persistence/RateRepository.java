package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.inventory.domain.ExchangeRate;

import java.util.List;

@ApplicationScoped
public class RateRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public List<ExchangeRate> all() {
        return em.createQuery("SELECT r FROM ExchangeRate r ORDER BY r.currency", ExchangeRate.class).getResultList();
    }

    public void replaceAll(List<ExchangeRate> rates) {
        em.createQuery("DELETE FROM ExchangeRate r").executeUpdate();
        rates.forEach(em::persist);
    }
}
