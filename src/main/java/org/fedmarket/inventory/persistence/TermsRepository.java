package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per-partner order terms (whether its orders are accepted without an administrator). */
@ApplicationScoped
public class TermsRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public Optional<Boolean> autoAccept(String partner) {
        return em.createNativeQuery("SELECT auto_accept FROM inventory.partner_terms WHERE partner = ?").setParameter(1, partner)
                .getResultStream().findFirst().map(v -> (Boolean) v);
    }

    public void autoAccept(String partner, boolean autoAccept, OffsetDateTime at) {
        em.createNativeQuery("INSERT INTO inventory.partner_terms (partner, auto_accept, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (partner) DO UPDATE SET auto_accept = EXCLUDED.auto_accept, updated_at = EXCLUDED.updated_at")
                .setParameter(1, partner).setParameter(2, autoAccept).setParameter(3, at).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Boolean> all() {
        Map<String, Boolean> terms = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT partner, auto_accept FROM inventory.partner_terms ORDER BY partner")
                .getResultList()).forEach(r -> terms.put((String) r[0], (Boolean) r[1]));
        return terms;
    }
}
