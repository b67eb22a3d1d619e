package org.fedmarket.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fedmarket.inventory.domain.Product;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository {

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    /** Products not deleted, ordered by SKU. */
    public List<Product> findAll() {
        return em.createQuery("SELECT p FROM Product p WHERE p.deletedAt IS NULL ORDER BY p.sku", Product.class).getResultList();
    }

    /** What partners see: active, not deleted, by SKU. */
    public List<Product> listed() {
        return em.createQuery("SELECT p FROM Product p WHERE p.active = true AND p.deletedAt IS NULL ORDER BY p.sku", Product.class)
                .getResultList();
    }

    /** Every product (deleted and paused too) changed after catalogue revision {@code revision}. */
    public List<Product> changedSince(long revision) {
        return em.createQuery("SELECT p FROM Product p WHERE p.revision > :revision ORDER BY p.sku", Product.class)
                .setParameter("revision", revision).getResultList();
    }

    /** The product with this SKU, deleted ones included. */
    public Optional<Product> bySku(String sku) {
        return em.createQuery("SELECT p FROM Product p WHERE p.sku = :sku", Product.class).setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    /** The same, locked for a change. */
    /**
     * Serialises, until the transaction ends, the changes that may create products (a creation, an import): a row lock
     * cannot, while there is no row yet, and two creations of one new SKU would both insert it.
     */
    public void lockCreations() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('inventory.product-creation', 0))").getSingleResult();
    }

    public Optional<Product> bySkuForUpdate(String sku) {
        return em.createQuery("SELECT p FROM Product p WHERE p.sku = :sku", Product.class).setParameter("sku", sku)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The products with these SKUs (deleted ones included), locked in SKU order, by SKU; read in chunks of 1,000. */
    public java.util.Map<String, Product> bySkusForUpdate(List<String> skus) {
        java.util.Map<String, Product> found = new java.util.HashMap<>();
        List<String> sorted = skus.stream().sorted().toList();
        for (int from = 0; from < sorted.size(); from += 1000) {
            em.createQuery("SELECT p FROM Product p WHERE p.sku IN :skus ORDER BY p.sku", Product.class)
                    .setParameter("skus", sorted.subList(from, Math.min(sorted.size(), from + 1000)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(p -> found.put(p.sku(), p));
        }
        return found;
    }

    /** Products priced in {@code currency}, locked. */
    public List<Product> withCurrencyForUpdate(String currency) {
        return em.createQuery("SELECT p FROM Product p WHERE p.priceCurrency = :currency ORDER BY p.id", Product.class)
                .setParameter("currency", currency).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Re-reads a product the ledger changed behind the persistence context. */
    public Product refreshed(Product product) {
        em.flush();
        em.refresh(product);
        return product;
    }

    public long count() {
        return em.createQuery("SELECT count(p) FROM Product p WHERE p.deletedAt IS NULL", Long.class).getSingleResult();
    }

    /** Adds without flushing; see {@link #flush()}. */
    public void persist(Product product) {
        em.persist(product);
    }

    public void flush() {
        em.flush();
    }

    public void add(Product product) {
        em.persist(product);
        em.flush(); // the ledger records its first stock by id, in SQL
    }

    /** The product's offer as stored now (native SQL: stock is changed by SQL, a loaded entity may be behind). */
    @SuppressWarnings("unchecked")
    public Optional<Object[]> offer(String sku) {
        List<Object[]> rows = em.createNativeQuery("SELECT sku, name, price_amount, price_currency, stock, availability, active"
                + " FROM inventory.product WHERE sku = ? AND deleted_at IS NULL").setParameter(1, sku).getResultList();
        return rows.stream().findFirst();
    }
}
