package org.fedmarket.inventory.web;

/** The inventory page, which its backing beans come back to after each action. */
final class InventoryPage {

    static final String SELF = "/admin/inventory/index.xhtml?faces-redirect=true";

    private InventoryPage() {
    }
}
