package org.fedmarket.federation.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A partner's product as this shop sells it: {@code priceUsd} is this shop's price (the partner's, marked up);
 * {@code promoted} says the partner grants co-promote, so the shop may feature it.
 */
public record PartnerOffer(String productId, String partner, String partnerName, String name, String description,
                           String imageUrl, BigDecimal priceUsd, String availability, boolean promoted,
                           OffsetDateTime updatedAt) {
}
