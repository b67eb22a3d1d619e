package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.ProductRepository;

import java.util.List;

@ApplicationScoped
public class CatalogueService {

    @Inject
    ProductRepository products;

    @Transactional
    public List<ProductView> list() {
        return products.findAll().stream().map(CatalogueService::view).toList();
    }

    static ProductView view(Product p) {
        return new ProductView(p.sku(), p.name(), p.description(), p.priceAmount(), p.priceCurrency(),
                p.imageUrl(), p.stock(), p.active(), p.version(), p.updatedAt());
    }
}
