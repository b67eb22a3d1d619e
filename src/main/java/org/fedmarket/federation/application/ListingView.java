package org.fedmarket.federation.application;

import org.fedmarket.federation.domain.PartnerListing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A partner's product as this shop offers it: {@code price} is this shop's, {@code partnerPrice} the partner's (USD). */
public record ListingView(String id, String partner, String name, String description, String imageUrl, BigDecimal price,
                          BigDecimal partnerPrice, String currency, String availability, long partnerVersion,
                          OffsetDateTime syncedAt) {

    static ListingView of(PartnerListing l) {
        return new ListingView(l.productId(), l.partner(), l.name(), l.description(), l.imageUrl(), l.priceUsd(), l.partnerPriceUsd(),
                "USD", l.availability(), l.partnerVersion(), l.syncedAt());
    }
}
