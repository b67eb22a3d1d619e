package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.StockLedger.Reason;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.util.List;
import java.util.function.Consumer;

/** The own catalogue for its administrators: every listed change takes a catalogue revision. */
@ApplicationScoped
public class CatalogueService {

    @Inject
    ProductRepository products;
    @Inject
    StockLedger ledger;
    @Inject
    MarketEvents market;
    @Inject
    ProductIds ids;
    @Inject
    CatalogueRevisions revisions;

    @Transactional
    public List<ProductView> list() {
        return products.findAll().stream().map(CatalogueService::view).toList();
    }

    @Transactional
    public ProductView get(String sku) {
        return view(existing(sku, false));
    }

    /** A new product (or a deleted SKU back in the catalogue), with its first stock. */
    @Audited("inventory.product-created")
    @Transactional
    public ProductView create(ProductDraft draft) {
        if (draft == null) {
            throw new BusinessRuleException("product-missing", "Send the product as a JSON object");
        }
        int stock = draft.stock() == null ? 0 : draft.stock();
        if (stock < 0) {
            throw new BusinessRuleException("stock-negative", "Stock can't be negative: " + stock);
        }
        products.lockCreations(); // two creations of one new SKU: the second finds the first
        Product product = products.bySkuForUpdate(draft.sku()).map(existing -> {
            if (!existing.deleted()) {
                throw new ConflictException("sku-taken", "A product with SKU " + draft.sku() + " exists already");
            }
            existing.revive(draft.name(), draft.description(), draft.price(), draft.currency(), draft.imageUrl());
            return existing;
        }).orElseGet(() -> {
            Product created = new Product(draft.sku(), draft.name(), draft.description(), draft.price(), draft.currency(),
                    draft.imageUrl());
            products.add(created);
            return created;
        });
        product.changedAt(revisions.next());
        products.refreshed(product); // flushes, so the ledger's SQL sees the row
        int current = product.stock();
        if (stock != current) {
            ledger.change(product.id(), stock - current, Reason.RESTOCK, "created"); // records the situation
        } else {
            market.offerChanged(product.sku(), ids.shopId(), "created");
        }
        return view(products.refreshed(product));
    }

    @Audited("inventory.product-changed")
    @Transactional
    public ProductView edit(String sku, ProductDraft draft) {
        if (draft == null) {
            throw new BusinessRuleException("product-missing", "Send the product as a JSON object");
        }
        return change(sku, "edited", p -> p.describe(draft.name(), draft.description(), draft.price(), draft.currency(), draft.imageUrl()));
    }

    @Audited("inventory.product-paused")
    @Transactional
    public ProductView pause(String sku) {
        return change(sku, "paused", Product::pause);
    }

    @Audited("inventory.product-resumed")
    @Transactional
    public ProductView resume(String sku) {
        return change(sku, "resumed", Product::resume);
    }

    @Audited("inventory.product-deleted")
    @Transactional
    public void delete(String sku) {
        change(sku, "deleted", Product::delete);
    }

    /** Adds stock that arrived (or, negative, removes stock found missing); never below zero. */
    @Audited("inventory.stock-adjusted")
    @Transactional
    public ProductView restock(String sku, int quantity) {
        if (quantity == 0) {
            throw new BusinessRuleException("quantity-zero", "A restock adds or removes at least one unit");
        }
        Product product = existing(sku, true);
        if (ledger.change(product.id(), quantity, quantity > 0 ? Reason.RESTOCK : Reason.ADJUST, "admin").isEmpty()) {
            if (quantity > 0) {
                throw new InvalidFieldsException("quantity", "would take the stock of " + product.stock() + " over "
                        + Limits.MAX_STOCK);
            }
            throw new NotEnoughStockException(sku, -quantity, product.stock());
        }
        return view(products.refreshed(product));
    }

    private ProductView change(String sku, String trigger, Consumer<Product> change) {
        Product product = existing(sku, true);
        change.accept(product);
        product.changedAt(revisions.next());
        ProductView changed = view(products.refreshed(product)); // flushed: the situation reads the changed row
        market.offerChanged(sku, ids.shopId(), trigger);
        return changed;
    }

    private Product existing(String sku, boolean forUpdate) {
        return (forUpdate ? products.bySkuForUpdate(sku) : products.bySku(sku)).filter(p -> !p.deleted())
                .orElseThrow(() -> new NoSuchEntityException("Product", sku));
    }

    static ProductView view(Product p) {
        return new ProductView(p.sku(), p.name(), p.description(), p.priceAmount(), p.priceCurrency(),
                p.imageUrl(), p.stock(), p.active(), p.availability().id(), p.revision(), p.updatedAt());
    }
}
