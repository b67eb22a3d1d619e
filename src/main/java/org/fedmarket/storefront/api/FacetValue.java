package org.fedmarket.storefront.api;

/** One value of a facet: what a filter by it sends ({@code value}), its label, how many offers match the words with it. */
public record FacetValue(String value, String label, long count, boolean selected) {
}
