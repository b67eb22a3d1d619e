package org.fedmarket.platform.partner;

/**
 * The directory or a partnership changed (fired by the federation module): caches of who may call this shop must be
 * read anew, and every module that counts per partner makes the new partners' series.
 */
public record PartnersChanged() {
}
