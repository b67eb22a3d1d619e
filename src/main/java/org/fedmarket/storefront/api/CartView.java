package org.fedmarket.storefront.api;

import java.util.List;

/**
 * A cart grouped by who ships its lines. {@code total} sums the lines that can be bought now; {@code changed} says
 * that a price or an availability changed since the customer saw it (the lines say which).
 */
public record CartView(List<CartSeller> sellers, int items, Price total, boolean changed) {
}
