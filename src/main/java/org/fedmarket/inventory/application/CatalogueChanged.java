package org.fedmarket.inventory.application;

/** The catalogue as partners see it took a new revision (fired inside the changing transaction). */
public record CatalogueChanged(long revision) {
}
