package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.ShopCatalogue;
import org.fedmarket.inventory.api.ShopProduct;
import org.fedmarket.inventory.api.ShopProducts;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.ProductRepository;

import java.math.BigDecimal;
import java.util.Optional;

/** The own catalogue for the storefront: products by catalogue revision, as partners' deltas read them. */
@ApplicationScoped
public class StorefrontCatalogue implements ShopCatalogue {

    @Inject
    ProductRepository products;
    @Inject
    CatalogueRevisions revisions;
    @Inject
    UsdPrices prices;
    @Inject
    ProductIds ids;

    @Override
    @Transactional
    public ShopProducts changedSince(long revision) {
        long current = revisions.current(); // read first: the products read next are at least this new
        return new ShopProducts(current, products.changedSince(revision).stream().map(this::toShopProduct).toList());
    }

    @Override
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        return prices.convert(amount, from, to);
    }

    private ShopProduct toShopProduct(Product p) {
        return new ShopProduct(ids.of(p.sku()), p.name(), p.description(), p.imageUrl(), p.priceAmount(), p.priceCurrency(),
                prices.usd(p.priceAmount(), p.priceCurrency()).orElse(null), p.availability().id(), p.listed(), p.updatedAt());
    }
}
