package org.fedmarket.storefront.api;

import java.util.List;

/** The lines of a cart one seller ships, with their subtotal. */
public record CartSeller(String seller, String sellerName, boolean own, List<CartLineView> lines, Price subtotal) {
}
