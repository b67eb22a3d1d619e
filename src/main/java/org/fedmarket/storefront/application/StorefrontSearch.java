package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.storefront.api.FacetValue;
import org.fedmarket.storefront.api.Facets;
import org.fedmarket.storefront.api.OfferSummary;
import org.fedmarket.storefront.api.PriceRange;
import org.fedmarket.storefront.api.ProductPage;
import org.fedmarket.storefront.api.SearchPage;
import org.fedmarket.storefront.domain.Cursor;
import org.fedmarket.storefront.domain.FacetCount;
import org.fedmarket.storefront.domain.Hit;
import org.fedmarket.storefront.domain.Offer;
import org.fedmarket.storefront.domain.SearchPlan;
import org.fedmarket.storefront.domain.SearchRequest;
import org.fedmarket.storefront.domain.Spelling;
import org.fedmarket.storefront.domain.Words;
import org.fedmarket.storefront.persistence.OfferRepository;
import org.fedmarket.storefront.persistence.SearchQueries;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Searches the storefront: corrects misspelt words against the words the offers use, runs the search with its facets,
 * and prices the results for the customer. Also the product page.
 */
@ApplicationScoped
public class StorefrontSearch {

    /** The price facet's bounds in the shop's currency. */
    static final List<BigDecimal> PRICE_BOUNDS = List.of(new BigDecimal("10"), new BigDecimal("25"), new BigDecimal("50"),
            new BigDecimal("100"), new BigDecimal("250"));
    private static final int CANDIDATES = 24;
    private static final int RELATED = 4;

    @Inject
    OfferRepository offers;
    @Inject
    SearchQueries queries;
    @Inject
    CustomerPrices prices;

    @Transactional
    public SearchPage search(SearchRequest request, Locale locale) {
        Map<String, String> corrections = corrections(request.words());
        List<BigDecimal> boundsUsd = PRICE_BOUNDS.stream().map(b -> prices.toUsd(b).orElse(b)).toList();
        SearchPlan plan = new SearchPlan(tsQuery(request, corrections), request.sellers(),
                request.minPrice() == null ? null : prices.toUsd(request.minPrice()).orElse(request.minPrice()),
                request.maxPrice() == null ? null : prices.toUsd(request.maxPrice()).orElse(request.maxPrice()),
                request.availability(), boundsUsd, request.sort(), request.cursor(), request.limit() + 1);
        List<Hit> hits = queries.hits(plan);
        String next = null;
        if (hits.size() > request.limit()) {
            hits = hits.subList(0, request.limit());
            Hit last = hits.get(hits.size() - 1);
            next = Cursor.after(request.sort(), last.sortKey(), last.offer().productId()).encode();
        }
        List<FacetCount> counts = queries.facets(plan);
        long total = counts.stream().mapToLong(FacetCount::kept).sum();
        String corrected = corrections.isEmpty() ? null : String.join(" ",
                request.words().stream().map(w -> corrections.getOrDefault(w, w)).toList());
        return new SearchPage(request.text(), corrected, total, hits.stream().map(h -> summary(h.offer(), locale)).toList(),
                facets(counts, request, locale), WireNames.of(request.sort()), next);
    }

    @Transactional
    public ProductPage product(String productId, Locale locale) {
        if (productId == null || productId.length() > 120 || org.fedmarket.platform.input.Text.problem(productId).isPresent()) {
            throw new NoSuchEntityException("Product", "(not a product id)");
        }
        Offer offer = offers.offer(productId).orElseThrow(() -> new NoSuchEntityException("Product", productId));
        List<String> words = Words.of(offer.name()).stream().distinct().limit(SearchRequest.MAX_WORDS).toList();
        List<Offer> related = words.isEmpty() ? List.of() : offers.similar(productId, String.join(" | ", words), RELATED);
        return new ProductPage(summary(offer, locale), offer.description(),
                related.stream().map(o -> summary(o, locale)).toList());
    }

    @Transactional
    public List<OfferSummary> featured(int limit, Locale locale) {
        return offers.featured(limit).stream().map(o -> summary(o, locale)).toList();
    }

    public OfferSummary summary(Offer o, Locale locale) {
        return new OfferSummary(o.productId(), o.name(), o.seller(), o.sellerName(), o.own(), prices.of(o, locale),
                o.availability(), o.imageUrl(), "/products/" + URLEncoder.encode(o.productId(), StandardCharsets.UTF_8));
    }

    /** Each word the offers do not use → the known word it most likely meant. */
    private Map<String, String> corrections(List<String> words) {
        Map<String, String> corrections = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return corrections;
        }
        Set<String> known = offers.knownTerms(words);
        for (String word : words) {
            if (!known.contains(word) && word.length() >= 3 && !word.chars().allMatch(Character::isDigit)) {
                Spelling.correct(word, offers.nearestTerms(word, CANDIDATES)).ifPresent(c -> corrections.put(word, c));
            }
        }
        return corrections;
    }

    /**
     * Every word must match (or its correction); the last word also as a prefix, so that a query typed so far finds
     * what it is becoming. Words are letters and digits only (Words), so they go into the query as they are.
     */
    private static String tsQuery(SearchRequest request, Map<String, String> corrections) {
        if (request.words().isEmpty()) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        List<String> words = request.words();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<String> alternatives = new ArrayList<>(List.of(word));
            if (i == words.size() - 1 && word.length() >= 3 && !request.text().endsWith(" ")) {
                alternatives.add(word + ":*");
            }
            if (corrections.containsKey(word)) {
                alternatives.add(corrections.get(word));
            }
            groups.add("(" + String.join(" | ", alternatives) + ")");
        }
        return String.join(" & ", groups);
    }

    private Facets facets(List<FacetCount> counts, SearchRequest request, Locale locale) {
        Map<String, long[]> sellers = new TreeMap<>();
        Map<String, String> sellerNames = new LinkedHashMap<>();
        Map<String, long[]> availability = new TreeMap<>();
        long[] buckets = new long[PRICE_BOUNDS.size() + 1];
        for (FacetCount c : counts) {
            sellers.computeIfAbsent(c.seller(), s -> new long[1])[0] += c.offers();
            sellerNames.put(c.seller(), c.sellerName());
            availability.computeIfAbsent(c.availability(), a -> new long[1])[0] += c.offers();
            buckets[Math.min(Math.max(c.priceBucket(), 0), PRICE_BOUNDS.size())] += c.offers();
        }
        List<FacetValue> sellerValues = sellers.entrySet().stream().map(e -> new FacetValue(e.getKey(),
                sellerNames.get(e.getKey()), e.getValue()[0], request.sellers().contains(e.getKey()))).toList();
        List<FacetValue> availabilityValues = availability.entrySet().stream().map(e -> new FacetValue(e.getKey(),
                label(e.getKey()), e.getValue()[0], request.availability().contains(e.getKey()))).toList();
        List<PriceRange> ranges = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] == 0) {
                continue;
            }
            BigDecimal min = i == 0 ? BigDecimal.ZERO : PRICE_BOUNDS.get(i - 1);
            BigDecimal max = i == PRICE_BOUNDS.size() ? null : PRICE_BOUNDS.get(i);
            String label = max == null ? prices.format(min, locale) + " and more"
                    : i == 0 ? "under " + prices.format(max, locale) : prices.format(min, locale) + " to " + prices.format(max, locale);
            ranges.add(new PriceRange(min, max, label, buckets[i]));
        }
        return new Facets(sellerValues, availabilityValues, ranges);
    }

    private static String label(String availability) {
        return switch (availability) {
            case "in-stock" -> "In stock";
            case "low-stock" -> "Few left";
            default -> "Out of stock";
        };
    }
}
