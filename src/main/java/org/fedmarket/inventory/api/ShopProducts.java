package org.fedmarket.inventory.api;

import java.util.List;

/** Own products changed after a revision, read at {@code revision}: the next read continues from there. */
public record ShopProducts(long revision, List<ShopProduct> changed) {
}
