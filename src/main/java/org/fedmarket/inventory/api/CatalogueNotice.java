package org.fedmarket.inventory.api;

/**
 * The signed message a shop sends every partner it grants {@code share-inventory} when its catalogue takes a new
 * revision (FEDERATION.md, "Catalogue notices"): {@code POST <partner base URL>/api/federation/catalogue-notices},
 * {@code application/jose}, type {@value #TYPE}. The partner fetches the change at once instead of at its next poll.
 */
public record CatalogueNotice(Long revision) {

    public static final String TYPE = "fedmarket-catalogue-notice+jwt";
    /** Where the partner receives it, under its base URL. */
    public static final String PATH = "/api/federation/catalogue-notices";
    /** The problem type of a notice whose claims are missing or unreadable. */
    public static final String INVALID = "notice-invalid";

    public boolean complete() {
        return revision != null && revision >= 0;
    }
}
