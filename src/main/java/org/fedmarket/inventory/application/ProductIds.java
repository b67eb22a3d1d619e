package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.fedmarket.inventory.api.ProductId;
import org.fedmarket.platform.partner.PartnerDirectory;
import org.fedmarket.platform.problem.NoSuchEntityException;

/** Product ids as partners use them: {@code <shop id>:<sku>}. */
@ApplicationScoped
public class ProductIds {

    @Inject
    Instance<PartnerDirectory> directory;

    public String shopId() {
        return directory.isUnsatisfied() ? "local" : directory.get().ownShopId();
    }

    public String of(String sku) {
        return new ProductId(shopId(), sku).toString();
    }

    /** The SKU in a product id of this shop; 404 for another shop's id. */
    public String sku(String productId) {
        return ProductId.parse(productId).filter(id -> id.of(shopId())).map(ProductId::sku)
                .orElseThrow(() -> new NoSuchEntityException("Product", String.valueOf(productId)));
    }
}
