package org.fedmarket.storefront.domain;

/** An offer found by a search, with its key in the search's order (what a cursor after it holds). */
public record Hit(Offer offer, String sortKey) {
}
