package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A product of the own catalogue as the admin API shows it. */
public record ProductView(String sku, String name, String description, BigDecimal price, String currency,
                          String imageUrl, int stock, boolean active, long version, OffsetDateTime updatedAt) {
}
