package org.fedmarket.archfixture.inventory.application;

import org.fedmarket.archfixture.hub.api.HubDirectory;

/** Planted: the inventory uses another module (and, with HubUsesInventory, closes a module cycle). */
public class InventoryUsesHub {
    HubDirectory directory;
}
