package org.fedmarket.storefront.domain;

/** The orders a search can list its results in; on the wire {@code relevance}, {@code price-asc}, ... */
public enum Sort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST
}
