package org.fedmarket.storefront.api;

import java.util.List;

/** A product's page: the offer, its description, and related products the shop sells. */
public record ProductPage(OfferSummary offer, String description, List<OfferSummary> related) {
}
