package org.fedmarket.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.CatalogueService;

import java.util.List;

@Named("inventoryHome")
@RequestScoped
public class InventoryHomeBacking {

    @Inject
    CatalogueService catalogue;

    private List<ProductView> products;

    public List<ProductView> getProducts() {
        if (products == null) {
            products = catalogue.list();
        }
        return products;
    }
}
