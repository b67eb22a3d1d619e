package org.fedmarket.storefront.api;

import java.util.List;

/**
 * One page of a search. {@code correctedQuery} is the query as searched when misspelt words were corrected
 * (null when none was); {@code total} counts every result of the search, filters applied; {@code nextCursor} fetches
 * the next page (null on the last).
 */
public record SearchPage(String query, String correctedQuery, long total, List<OfferSummary> results, Facets facets,
                         String sort, String nextCursor) {
}
