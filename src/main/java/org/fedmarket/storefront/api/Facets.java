package org.fedmarket.storefront.api;

import java.util.List;

/** The facets of a search, counted over every offer that matches its words (before the facet filters). */
public record Facets(List<FacetValue> sellers, List<FacetValue> availability, List<PriceRange> prices) {
}
