package org.fedmarket.storefront.api;

/**
 * A product in a list (search results, featured, related): who sells and ships it ({@code seller}, {@code sellerName};
 * {@code own} when it is this shop), its price for the customer and where its page is.
 */
public record OfferSummary(String id, String name, String seller, String sellerName, boolean own, Price price,
                           String availability, String imageUrl, String url) {
}
