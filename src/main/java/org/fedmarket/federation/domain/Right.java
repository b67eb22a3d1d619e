package org.fedmarket.federation.domain;

import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one partner may do with the other's products (FEDERATION.md, "Rights"). The grantor is the
 * shop whose products are concerned; the holder is its partner.
 */
public enum Right {
    /** The holder earns a commission, at the partnership's rate, on sales it makes of the grantor's products. */
    EARN_COMMISSION,
    /** The holder may read the grantor's catalogue: products, prices, availability. */
    SHARE_INVENTORY,
    /** The holder may read the grantor's sales and events feed for the products they share. */
    SHARE_DATA,
    /** The holder may feature the grantor's products in its own shop and promotions. */
    CO_PROMOTE,
    /** The holder may hold stock of the grantor's products and place orders for them. */
    SELL;

    /** The wire name, e.g. {@code share-inventory}. */
    public String id() {
        return WireNames.of(this);
    }

    public static Right of(String id) {
        return WireNames.parse(Right.class, id)
                .orElseThrow(() -> new BusinessRuleException("right-unknown", "Unknown right '" + id + "'; rights are "
                        + WireNames.all(Right.class)));
    }

    public static Set<Right> parse(String joined) {
        if (joined == null || joined.isBlank()) {
            return EnumSet.noneOf(Right.class);
        }
        return Arrays.stream(joined.split(",")).map(String::strip).map(Right::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
    }

    public static String join(Set<Right> rights) {
        return rights.stream().sorted().map(Right::id).collect(Collectors.joining(","));
    }
}
