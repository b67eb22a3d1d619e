package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's cart: at most {@link #MAX_LINES} products, each 1 to {@link #MAX_QUANTITY} times, each with the price
 * and availability the customer saw when adding it (or last accepted).
 */
public final class Cart {

    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 99;

    /** A product in the cart. */
    public record Line(String productId, int quantity, BigDecimal seenPrice, String seenCurrency, String seenAvailability,
                       OffsetDateTime addedAt) {
        Line with(int newQuantity) {
            return new Line(productId, newQuantity, seenPrice, seenCurrency, seenAvailability, addedAt);
        }
    }

    private final String id;
    private final List<Line> lines;

    public Cart(String id, List<Line> lines) {
        this.id = id;
        this.lines = new ArrayList<>(lines);
    }

    /** Adds {@code quantity} of a product; a product already in the cart gets more, up to the maximum. */
    public void add(String productId, int quantity, BigDecimal price, String currency, String availability, OffsetDateTime now) {
        requireQuantity(quantity);
        if ("out-of-stock".equals(availability)) {
            throw new BusinessRuleException("product-unavailable", productId + " is out of stock");
        }
        Optional<Line> present = line(productId);
        if (present.isPresent()) {
            lines.set(lines.indexOf(present.get()), present.get().with(Math.min(MAX_QUANTITY, present.get().quantity() + quantity)));
            return;
        }
        if (lines.size() >= MAX_LINES) {
            throw new BusinessRuleException("cart-full", "A cart holds at most " + MAX_LINES + " products");
        }
        lines.add(new Line(productId, quantity, price, currency, availability, now));
    }

    /** Sets how many of a product the cart holds; 0 removes it. */
    public void quantity(String productId, int quantity) {
        if (quantity == 0) {
            remove(productId);
            return;
        }
        requireQuantity(quantity);
        Line line = line(productId).orElseThrow(() -> new BusinessRuleException("not-in-cart", productId + " is not in the cart"));
        lines.set(lines.indexOf(line), line.with(quantity));
    }

    public void remove(String productId) {
        lines.removeIf(l -> l.productId().equals(productId));
    }

    /** The customer has seen the current price and availability of a product: they are what it was added at now. */
    public void seen(String productId, BigDecimal price, String currency, String availability) {
        line(productId).ifPresent(l -> lines.set(lines.indexOf(l),
                new Line(l.productId(), l.quantity(), price, currency, availability, l.addedAt())));
    }

    /** Takes over another cart's lines (the signed-out cart of a customer signing in): quantities add up. */
    public void merge(Cart other, OffsetDateTime now) {
        for (Line l : other.lines) {
            Optional<Line> present = line(l.productId());
            if (present.isPresent()) {
                lines.set(lines.indexOf(present.get()), present.get().with(Math.min(MAX_QUANTITY, present.get().quantity() + l.quantity())));
            } else if (lines.size() < MAX_LINES) {
                lines.add(l);
            }
        }
    }

    public String id() {
        return id;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    private Optional<Line> line(String productId) {
        return lines.stream().filter(l -> l.productId().equals(productId)).findFirst();
    }

    private static void requireQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new BusinessRuleException("quantity-invalid", "A quantity is a whole number from 1 to " + MAX_QUANTITY);
        }
    }
}
