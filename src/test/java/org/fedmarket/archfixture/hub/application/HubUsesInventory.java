package org.fedmarket.archfixture.hub.application;

import org.fedmarket.archfixture.inventory.api.Stock;

/** Planted: the hub uses another module (and, with InventoryUsesHub, closes a module cycle). */
public class HubUsesInventory {
    Stock stock;
}
