/**
 * Catalogue entities and their rules; no REST or Faces types.
 */
package org.fedmarket.inventory.domain;
