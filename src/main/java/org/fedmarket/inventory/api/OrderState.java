package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An order as the shop that fulfils it reports it to the partner that placed it. */
public record OrderState(String orderId, String id, String status, BigDecimal total, String currency, String tracking,
                         List<Line> lines, List<StatusChange> history) {

    public record Line(String productId, int quantity, BigDecimal unitPrice, String holdId) {
    }

    /** One step of the history: the status, when, who (a shop id or an administrator), why. */
    public record StatusChange(String status, OffsetDateTime at, String actor, String note) {
    }
}
