package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A product of the own catalogue as the admin API shows it; {@code revision} is the catalogue revision of its last listed change. */
public record ProductView(String sku, String name, String description, BigDecimal price, String currency,
                          String imageUrl, int stock, boolean active, String availability, long revision,
                          OffsetDateTime updatedAt) {
}
