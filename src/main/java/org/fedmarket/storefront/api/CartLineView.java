package org.fedmarket.storefront.api;

/**
 * A line of a cart as the customer sees it now. {@code offer} is null when the shop no longer sells the product.
 * {@code seenPrice} and {@code seenAvailability} are set only when they differ from now: what the customer saw when
 * adding the line (or last accepting its changes).
 */
public record CartLineView(String productId, OfferSummary offer, int quantity, Price lineTotal, Price seenPrice,
                           String seenAvailability) {
}
