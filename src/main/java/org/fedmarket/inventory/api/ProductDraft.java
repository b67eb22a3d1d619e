package org.fedmarket.inventory.api;

import java.math.BigDecimal;

/** A product as an administrator creates, edits or imports it; {@code stock} counts only when it is created. */
public record ProductDraft(String sku, String name, String description, BigDecimal price, String currency,
                           String imageUrl, Integer stock) {
}
