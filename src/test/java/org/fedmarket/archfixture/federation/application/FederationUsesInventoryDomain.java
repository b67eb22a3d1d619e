package org.fedmarket.archfixture.federation.application;

import org.fedmarket.archfixture.inventory.api.Stock;
import org.fedmarket.archfixture.inventory.domain.Product;

/** Planted: the federation uses the inventory's domain, not only its api. */
public class FederationUsesInventoryDomain {
    Stock stock;
    Product product;
}
