package org.fedmarket.federation.application;

/** The directory or a partnership changed; caches of who may call this shop must be read anew. */
public record PartnersChanged() {
}
