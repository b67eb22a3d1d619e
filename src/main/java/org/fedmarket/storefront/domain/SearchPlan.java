package org.fedmarket.storefront.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A search as the database runs it: a text-search query over the words ({@code null} lists everything), the price
 * range and the price facet's bucket bounds in US dollars, the other facets, the order and the page.
 */
public record SearchPlan(String tsQuery, Set<String> sellers, BigDecimal minUsd, BigDecimal maxUsd, Set<String> availability,
                         List<BigDecimal> bucketBoundsUsd, Sort sort, Optional<Cursor> cursor, int limit) {
}
