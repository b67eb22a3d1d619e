/**
 * The storefront module: the shop's customers find and buy its own products and its partners' (search, product pages).
 * Reads the inventory module through inventory.api and, when that module is on, partners' listings through
 * federation.api; it keeps its own searchable copy of both.
 */
package org.fedmarket.storefront;
