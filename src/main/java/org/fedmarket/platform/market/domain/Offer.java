package org.fedmarket.platform.market.domain;

import java.math.BigDecimal;

/**
 * One offer of a product in this shop: its own product, or a partner's product it lists. {@code stock}
 * is exact for own products and null for listings, whose partners publish only {@code availability}.
 */
public record Offer(String offerId, String seller, String sku, String name, BigDecimal price, String currency,
                    Integer stock, String availability, boolean active) {
}
