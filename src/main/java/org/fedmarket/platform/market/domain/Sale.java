package org.fedmarket.platform.market.domain;

import java.math.BigDecimal;

/**
 * A sale as the log records it: {@code outcome} {@code sold}, or {@code out-of-stock} when it was refused
 * for lack of stock ({@code stockLeft} is then what there was). {@code buyer} is a partner shop's id or
 * {@code customer}; {@code order} the order or purchase it belongs to (null when refused before one existed).
 */
public record Sale(String sku, String offerId, String seller, String buyer, int quantity, BigDecimal unitPrice,
                   String currency, Integer stockLeft, String outcome, String order) {

    public static final String SOLD = "sold";
    public static final String OUT_OF_STOCK = "out-of-stock";
}
