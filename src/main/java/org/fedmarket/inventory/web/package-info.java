/**
 * Backing beans of the inventory admin pages.
 */
package org.fedmarket.inventory.web;
