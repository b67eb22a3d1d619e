package org.fedmarket.storefront.domain;

/**
 * How many offers matching a search's words share a seller, an availability and a price bucket ({@code offers}), and
 * how many of those the facet filters keep ({@code kept}).
 */
public record FacetCount(String seller, String sellerName, String availability, int priceBucket, long offers, long kept) {
}
