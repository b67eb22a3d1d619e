package org.fedmarket.archfixture.inventory.api;

/** Clean: the inventory's published contract. */
public interface Stock {
}
