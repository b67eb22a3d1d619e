package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An own product as the storefront sells it: at its own price and currency, plus that price in US dollars
 * ({@code null} while the operator's table has no rate for the currency). {@code listed} is false for a paused or
 * deleted product, which the storefront no longer offers.
 */
public record ShopProduct(String id, String name, String description, String imageUrl, BigDecimal price, String currency,
                          BigDecimal priceUsd, String availability, boolean listed, OffsetDateTime updatedAt) {
}
