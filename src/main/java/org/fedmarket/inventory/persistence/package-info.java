/**
 * Catalogue repositories; the only inventory code touching the EntityManager.
 */
package org.fedmarket.inventory.persistence;
