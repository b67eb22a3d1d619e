package org.fedmarket.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.UUID;

/** One product of a partner's order, at the US dollar unit price agreed when it was placed. */
@Embeddable
public class OrderLine {

    @Column(name = "product_id", nullable = false)
    private long productId;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "unit_price_usd", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPriceUsd;
    @Column(name = "hold_id")
    private String holdId;

    protected OrderLine() {
    }

    public OrderLine(long productId, String sku, int quantity, BigDecimal unitPriceUsd, UUID holdId) {
        this.productId = productId;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPriceUsd = unitPriceUsd;
        this.holdId = holdId == null ? null : holdId.toString();
    }

    public long productId() {
        return productId;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPriceUsd() {
        return unitPriceUsd;
    }

    public UUID holdId() {
        return holdId == null ? null : UUID.fromString(holdId);
    }
}
