package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.util.Optional;

/** The own catalogue as the shop's storefront reads it: its products as they change, and the operator's rates. */
public interface ShopCatalogue {

    /** Own products (paused and deleted ones too) changed after catalogue revision {@code revision}; 0 reads them all. */
    ShopProducts changedSince(long revision);

    /** {@code amount} of currency {@code from} in currency {@code to} at the operator's rates; empty without a rate. */
    Optional<BigDecimal> convert(BigDecimal amount, String from, String to);
}
