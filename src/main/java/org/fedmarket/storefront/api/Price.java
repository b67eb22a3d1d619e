package org.fedmarket.storefront.api;

import java.math.BigDecimal;

/** A price as the customer sees it: amount and ISO 4217 currency, and the two formatted for the customer's locale. */
public record Price(BigDecimal amount, String currency, String formatted) {
}
