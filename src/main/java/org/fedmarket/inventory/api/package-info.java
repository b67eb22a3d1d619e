/**
 * The inventory module's published contract for other modules.
 */
package org.fedmarket.inventory.api;
