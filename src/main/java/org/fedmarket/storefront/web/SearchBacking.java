package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.storefront.api.FacetValue;
import org.fedmarket.storefront.api.PriceRange;
import org.fedmarket.storefront.api.SearchPage;
import org.fedmarket.storefront.application.StorefrontSearch;
import org.fedmarket.storefront.domain.SearchRequest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search page: runs the search its address describes and makes the links that change it (a facet on or off, an
 * order, the next page), each an address again, so that every state of the page can be bookmarked and shared.
 */
@Named("search")
@RequestScoped
public class SearchBacking {

    private static final List<String> PARAMETERS = List.of("q", "seller", "minPrice", "maxPrice", "availability", "sort");

    @Inject
    StorefrontSearch search;
    @Inject
    FacesContext faces;
    @Inject
    Visitor visitor;

    private SearchPage page;
    private String error;

    /** One link of the page: its label and address, and whether it is the state shown now. */
    public record Link(String label, String href, boolean selected, long count) {
    }

    public SearchPage getPage() {
        if (page == null && error == null) {
            Map<String, String[]> p = faces.getExternalContext().getRequestParameterValuesMap();
            try {
                page = search.search(SearchRequest.of(one(p, "q"), all(p, "seller"), one(p, "minPrice"), one(p, "maxPrice"),
                        all(p, "availability"), one(p, "sort"), one(p, "cursor"), null), visitor.locale());
            } catch (InvalidFieldsException e) {
                error = e.violations().stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
            }
        }
        return page;
    }

    public String getError() {
        getPage();
        return error;
    }

    public String getQuery() {
        String q = one(params(), "q");
        return q == null ? "" : q;
    }

    public List<Link> getSellers() {
        return getPage() == null ? List.of() : page.facets().sellers().stream().map(v -> toggle("seller", v)).toList();
    }

    public List<Link> getAvailability() {
        return getPage() == null ? List.of() : page.facets().availability().stream().map(v -> toggle("availability", v)).toList();
    }

    public List<Link> getPrices() {
        if (getPage() == null) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        String min = one(params(), "minPrice");
        String max = one(params(), "maxPrice");
        for (PriceRange range : page.facets().prices()) {
            String rangeMin = range.min().signum() == 0 ? null : range.min().toPlainString();
            String rangeMax = range.max() == null ? null : range.max().subtract(new BigDecimal("0.01")).toPlainString();
            boolean selected = java.util.Objects.equals(min, rangeMin) && java.util.Objects.equals(max, rangeMax);
            Map<String, List<String>> next = current();
            next.remove("minPrice");
            next.remove("maxPrice");
            if (!selected) {
                if (rangeMin != null) {
                    next.put("minPrice", List.of(rangeMin));
                }
                if (rangeMax != null) {
                    next.put("maxPrice", List.of(rangeMax));
                }
            }
            links.add(new Link(range.label(), href(next), selected, range.count()));
        }
        return links;
    }

    public List<Link> getSorts() {
        String current = getPage() == null ? "" : page.sort();
        List<Link> links = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        if (!getQuery().isBlank()) {
            labels.put("relevance", "Best match");
        }
        labels.put("price-asc", "Price: low to high");
        labels.put("price-desc", "Price: high to low");
        labels.put("newest", "Newest");
        labels.forEach((value, label) -> {
            Map<String, List<String>> next = current();
            next.put("sort", List.of(value));
            links.add(new Link(label, href(next), value.equals(current), 0));
        });
        return links;
    }

    public String getNextHref() {
        if (getPage() == null || page.nextCursor() == null) {
            return null;
        }
        Map<String, List<String>> next = current();
        next.put("sort", List.of(page.sort()));
        next.put("cursor", List.of(page.nextCursor()));
        return href(next);
    }

    /** The same search without its facet filters, for an empty result. */
    public String getWithoutFiltersHref() {
        Map<String, List<String>> next = new LinkedHashMap<>();
        if (!getQuery().isBlank()) {
            next.put("q", List.of(getQuery()));
        }
        return href(next);
    }

    public boolean isFiltered() {
        Map<String, List<String>> now = current();
        return now.containsKey("seller") || now.containsKey("availability") || now.containsKey("minPrice") || now.containsKey("maxPrice");
    }

    private Link toggle(String name, FacetValue value) {
        Map<String, List<String>> next = current();
        List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
        if (value.selected()) {
            values.remove(value.value());
        } else {
            values.add(value.value());
        }
        if (values.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, values);
        }
        return new Link(value.label(), href(next), value.selected(), value.count());
    }

    /** The page's parameters but the cursor: changing anything starts at the first page again. */
    private Map<String, List<String>> current() {
        Map<String, List<String>> now = new LinkedHashMap<>();
        Map<String, String[]> p = params();
        for (String name : PARAMETERS) {
            String[] values = p.get(name);
            if (values != null && values.length > 0 && !(values.length == 1 && values[0].isEmpty())) {
                now.put(name, new ArrayList<>(Arrays.asList(values)));
            }
        }
        return now;
    }

    private Map<String, String[]> params() {
        return faces.getExternalContext().getRequestParameterValuesMap();
    }

    private static String href(Map<String, List<String>> params) {
        String query = params.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/search" : "/search?" + query;
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> all(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isEmpty()).toList();
    }
}
