package org.fedmarket.storefront.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A product the storefront sells: the shop's own ({@code own}) or a partner's, priced as its source prices it
 * ({@code price} in {@code currency}) and in US dollars for sorting and filtering across currencies.
 */
public record Offer(String productId, String seller, boolean own, String sellerName, String name, String description,
                    String imageUrl, BigDecimal price, String currency, BigDecimal priceUsd, String availability,
                    boolean promoted, OffsetDateTime listedAt) {

    public Offer {
        if (productId == null || seller == null || name == null || price == null || currency == null || priceUsd == null
                || availability == null) {
            throw new IllegalArgumentException("an offer needs its id, seller, name, price and availability");
        }
        description = description == null ? "" : description;
    }

    /** The words of its name and description, for spelling correction. */
    public java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(Words.of(name));
        words.addAll(Words.of(description));
        return words;
    }
}
