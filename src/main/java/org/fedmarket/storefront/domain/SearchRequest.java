package org.fedmarket.storefront.domain;

import org.fedmarket.platform.input.Text;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.platform.problem.InvalidFieldsException.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a customer asks the storefront: words, facets (sellers, a price range in the shop's currency, availability),
 * an order and where the page starts. {@link #of} reads it from query parameters strictly: anything out of its rules
 * is refused with every violation named, never guessed at.
 */
public record SearchRequest(String text, List<String> words, Set<String> sellers, BigDecimal minPrice, BigDecimal maxPrice,
                            Set<String> availability, Sort sort, Optional<Cursor> cursor, int limit) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_WORDS = 8;
    public static final int MAX_SELLERS = 20;
    public static final int DEFAULT_LIMIT = 24;
    public static final int MAX_LIMIT = 48;
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");
    private static final Pattern SHOP_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Set<String> AVAILABILITY = Set.of("in-stock", "low-stock", "out-of-stock");

    public static SearchRequest of(String q, List<String> sellers, String min, String max, List<String> availability,
                                   String sort, String cursor, String limit) {
        List<Violation> violations = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            violations.add(new Violation("q", "must be at most " + MAX_TEXT + " characters"));
        }
        Text.problem(text).ifPresent(p -> violations.add(new Violation("q", p)));
        List<String> words = Words.of(text).stream().distinct().limit(MAX_WORDS).toList();

        Set<String> sellerSet = new LinkedHashSet<>(sellers == null ? List.of() : sellers);
        if (sellerSet.size() > MAX_SELLERS) {
            violations.add(new Violation("seller", "at most " + MAX_SELLERS + " sellers"));
        }
        sellerSet.stream().filter(s -> !SHOP_ID.matcher(s).matches()).findFirst()
                .ifPresent(s -> violations.add(new Violation("seller", "must be shop ids (lower-case letters, digits, -)")));

        BigDecimal minPrice = price("minPrice", min, violations);
        BigDecimal maxPrice = price("maxPrice", max, violations);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            violations.add(new Violation("maxPrice", "must not be below minPrice"));
        }

        Set<String> availabilitySet = new LinkedHashSet<>(availability == null ? List.of() : availability);
        availabilitySet.stream().filter(a -> !AVAILABILITY.contains(a)).findFirst().ifPresent(a -> violations.add(
                new Violation("availability", "must be in-stock, low-stock or out-of-stock")));

        Sort order = sort == null || sort.isEmpty() ? (words.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE)
                : WireNames.parse(Sort.class, sort).orElse(null);
        if (order == null) {
            violations.add(new Violation("sort", "must be one of " + WireNames.all(Sort.class)));
        }
        if (order == Sort.RELEVANCE && words.isEmpty()) {
            order = Sort.NEWEST; // nothing to be relevant to
        }

        Optional<Cursor> after = Optional.empty();
        if (cursor != null && !cursor.isEmpty() && order != null) {
            after = Cursor.decode(cursor, order);
            if (after.isEmpty()) {
                violations.add(new Violation("cursor", "is not a cursor of this search; start again without it"));
            }
        }

        int pageSize = DEFAULT_LIMIT;
        if (limit != null && !limit.isEmpty()) {
            try {
                pageSize = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                pageSize = -1;
            }
            if (pageSize < 1 || pageSize > MAX_LIMIT) {
                violations.add(new Violation("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        return new SearchRequest(text, words, Set.copyOf(sellerSet), minPrice, maxPrice, Set.copyOf(availabilitySet), order,
                after, pageSize);
    }

    public boolean hasFacetFilter() {
        return !sellers.isEmpty() || minPrice != null || maxPrice != null || !availability.isEmpty();
    }

    private static BigDecimal price(String field, String value, List<Violation> violations) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (!value.matches("\\d{1,13}(\\.\\d{1,2})?")) {
                throw new NumberFormatException();
            }
            BigDecimal price = new BigDecimal(value);
            if (price.compareTo(MAX_PRICE) > 0) {
                throw new NumberFormatException();
            }
            return price;
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "must be an amount such as 25 or 25.50, at most " + MAX_PRICE.toPlainString()));
            return null;
        }
    }
}
