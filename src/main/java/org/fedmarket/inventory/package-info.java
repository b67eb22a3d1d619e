/**
 * The inventory module: the shop's own catalogue and stock, and the exchange API partners call. Uses only the platform.
 */
package org.fedmarket.inventory;
