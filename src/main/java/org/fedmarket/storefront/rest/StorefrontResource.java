package org.fedmarket.storefront.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.storefront.api.ProductPage;
import org.fedmarket.storefront.api.SearchPage;
import org.fedmarket.storefront.application.StorefrontSearch;
import org.fedmarket.storefront.application.StorefrontSettings;
import org.fedmarket.storefront.domain.SearchRequest;

import java.util.List;
import java.util.Locale;

/** The storefront's search and product pages as JSON, for the shop's own apps and anyone the shop's customers use. */
@Path("/storefront")
@Tag(name = "storefront")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StorefrontResource {

    @Inject
    StorefrontSearch search;
    @Inject
    StorefrontSettings settings;
    @Context
    HttpHeaders headers;

    @GET
    @Path("/search")
    @Operation(summary = "Searches the shop's own and its partners' products: ranked, typo-tolerant, with facets and a cursor")
    public SearchPage search(
            @Parameter(description = "Words to find; misspelt words are corrected (correctedQuery says how)") @QueryParam("q") String q,
            @Parameter(description = "Only these sellers (shop ids); repeat for several") @QueryParam("seller") List<String> sellers,
            @Parameter(description = "Lowest price, in the shop's currency") @QueryParam("minPrice") String minPrice,
            @Parameter(description = "Highest price, in the shop's currency") @QueryParam("maxPrice") String maxPrice,
            @Parameter(description = "Only in-stock, low-stock or out-of-stock; repeat for several") @QueryParam("availability") List<String> availability,
            @Parameter(description = "relevance (default with words), price-asc, price-desc, newest (default without)") @QueryParam("sort") String sort,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Results per page, 1 to 48 (default 24)") @QueryParam("limit") String limit) {
        return search.search(SearchRequest.of(q, sellers, minPrice, maxPrice, availability, sort, cursor, limit), locale());
    }

    @GET
    @Path("/products/{id}")
    @Operation(summary = "A product the shop sells: price, availability, who ships it, related products")
    @Refuses("404 not-found")
    public ProductPage product(@PathParam("id") String id) {
        return search.product(id, locale());
    }

    private Locale locale() {
        return settings.customerLocale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
