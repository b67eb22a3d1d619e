package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.util.List;

/** An order a partner hands over (FEDERATION.md, "POST /api/v1/order"); prices in US dollars. */
public record OrderRequest(String orderId, List<Line> lines, ShipTo shipTo, Contact contact, BigDecimal total,
                           String currency) {

    /** A product ({@code <shop id>:<sku>}), how many, the hold they come from, the agreed unit price. */
    public record Line(String productId, Integer quantity, String holdId, BigDecimal unitPrice) {
    }

    public record ShipTo(String name, String line1, String line2, String postalCode, String city, String region,
                         String country) {
    }

    public record Contact(String email, String phone) {
    }
}
