package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.inventory.domain.Product;

import java.util.List;

@ApplicationScoped
public class ProductRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public List<Product> findAll() {
        return em.createQuery("SELECT p FROM Product p ORDER BY p.sku", Product.class).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT count(p) FROM Product p", Long.class).getSingleResult();
    }

    public void add(Product product) {
        em.persist(product);
    }
}
