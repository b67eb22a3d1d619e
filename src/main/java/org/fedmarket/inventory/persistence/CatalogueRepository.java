package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** The catalogue's revision counter and the rate table's date (one row). */
@ApplicationScoped
public class CatalogueRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    /** The next revision, taken under the row's lock: holders commit one after another, in revision order. */
    public long nextRevision() {
        return ((Number) em.createNativeQuery("UPDATE inventory.catalogue SET revision = revision + 1 RETURNING revision")
                .getSingleResult()).longValue();
    }

    public long revision() {
        return ((Number) em.createNativeQuery("SELECT revision FROM inventory.catalogue").getSingleResult()).longValue();
    }

    public Optional<LocalDate> ratesAsOf() {
        Object date = em.createNativeQuery("SELECT rates_as_of FROM inventory.catalogue").getSingleResult();
        return Optional.ofNullable(date).map(d -> d instanceof Date sql ? sql.toLocalDate() : LocalDate.parse(d.toString()));
    }

    public void ratesAsOf(LocalDate date) {
        em.createNativeQuery("UPDATE inventory.catalogue SET rates_as_of = ?").setParameter(1, Date.valueOf(date)).executeUpdate();
    }
}
