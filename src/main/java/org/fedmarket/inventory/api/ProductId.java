package org.fedmarket.inventory.api;

import java.util.Optional;

/**
 * A product as partners name it (FEDERATION.md, "The catalogue"): {@code <shop id>:<sku>}, the selling shop's id, a
 * colon, and that shop's SKU (which may hold colons itself).
 */
public record ProductId(String shop, String sku) {

    public ProductId {
        if (shop == null || shop.isEmpty() || shop.indexOf(':') >= 0 || sku == null || sku.isEmpty()) {
            throw new IllegalArgumentException("A product id is <shop>:<sku>, not " + shop + ":" + sku);
        }
    }

    /** The product id {@code text} spells; empty when it is none (no shop, no SKU, null). */
    public static Optional<ProductId> parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ProductId(text.substring(0, colon), text.substring(colon + 1)));
    }

    /** Whether it names a product of {@code shopId}. */
    public boolean of(String shopId) {
        return shop.equals(shopId);
    }

    @Override
    public String toString() {
        return shop + ":" + sku;
    }
}
