package org.fedmarket.inventory.api;

/** The own catalogue took a new revision (fired inside the changing transaction; observe it after success to read the change). */
public record CatalogueChanged(long revision) {
}
