/**
 * Inventory REST resources.
 */
package org.fedmarket.inventory.rest;
