package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A product as partners read it (FEDERATION.md, "Inventory exchange"): the seed's fields {@code id,
 * name, description, price, imageUrl} with {@code price} in US dollars, plus what a partner needs.
 * {@code id} is {@code <shop id>:<sku>}; {@code version} is the catalogue revision of its last change.
 */
public record ListedProduct(String id, String name, String description, BigDecimal price, String imageUrl,
                            String currency, String availability, OffsetDateTime updatedAt, long version) {
}
