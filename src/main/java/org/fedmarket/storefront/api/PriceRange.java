package org.fedmarket.storefront.api;

import java.math.BigDecimal;

/** A price range of the price facet, in the shop's currency: from {@code min} up to below {@code max} (none: no limit). */
public record PriceRange(BigDecimal min, BigDecimal max, String label, long count) {
}
