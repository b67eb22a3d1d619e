package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
        return shopId() + ":" + sku;
    }

    /** The SKU in a product id of this shop; 404 for another shop's id. */
    public String sku(String productId) {
        String prefix = shopId() + ":";
        if (productId == null || !productId.startsWith(prefix) || productId.length() == prefix.length()) {
            throw new NoSuchEntityException("Product", String.valueOf(productId));
        }
        return productId.substring(prefix.length());
    }
}
