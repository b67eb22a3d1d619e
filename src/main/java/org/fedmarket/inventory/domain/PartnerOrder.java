package org.fedmarket.inventory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order a partner placed for this shop's products. The partner's order id (and its idempotency
 * key, if it sent one) identify it: the same order handed over twice is the same order.
 */
@Entity
@Table(name = "partner_order", schema = "inventory")
public class PartnerOrder {

    @Id
    private UUID id;
    @Column(nullable = false, updatable = false)
    private String partner;
    @Column(name = "partner_order_id", nullable = false, updatable = false)
    private String partnerOrderId;
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;
    @Column(name = "request_digest", nullable = false, updatable = false)
    private String requestDigest;
    @Column(nullable = false)
    private String status;
    @Column(name = "total_usd", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalUsd;
    @Embedded
    private ShippingAddress shipTo;
    private String tracking;
    @Column(updatable = false, length = 55)
    private String traceparent;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_order_line", schema = "inventory", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected PartnerOrder() {
    }

    public PartnerOrder(UUID id, String partner, String partnerOrderId, String idempotencyKey, String requestDigest,
                        List<OrderLine> lines, ShippingAddress shipTo, OffsetDateTime at) {
        if (lines.isEmpty()) {
            throw new BusinessRuleException("order-empty", "An order needs at least one line");
        }
        this.id = id;
        this.partner = partner;
        this.partnerOrderId = partnerOrderId;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
        this.lines.addAll(lines);
        this.totalUsd = lines.stream().map(l -> l.unitPriceUsd().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        this.shipTo = shipTo;
        this.status = OrderStatus.RECEIVED.id();
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The trace this order arrived in (a W3C traceparent); its status updates continue it. */
    public void arrivedIn(String traceparent) {
        this.traceparent = traceparent != null && traceparent.length() <= 55 ? traceparent : null;
    }

    public java.util.Optional<String> traceparent() {
        return java.util.Optional.ofNullable(traceparent);
    }

    /** Moves to {@code target} if the order can; returns the event to record. */
    public OrderEvent moveTo(OrderStatus target, String actor, String note, OffsetDateTime at) {
        status = status().moveTo(target).id();
        updatedAt = at;
        return new OrderEvent(id, at, target, actor, note);
    }

    public OrderEvent ship(String tracking, String actor, OffsetDateTime at) {
        if (tracking == null || tracking.isBlank() || tracking.length() > 200) {
            throw new BusinessRuleException("tracking-invalid", "A shipped order needs a tracking reference of at most 200 characters");
        }
        OrderEvent event = moveTo(OrderStatus.SHIPPED, actor, "tracking " + tracking.strip(), at);
        this.tracking = tracking.strip();
        return event;
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public String partnerOrderId() {
        return partnerOrderId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestDigest() {
        return requestDigest;
    }

    public OrderStatus status() {
        return OrderStatus.ofId(status);
    }

    public BigDecimal totalUsd() {
        return totalUsd;
    }

    public ShippingAddress shipTo() {
        return shipTo;
    }

    public String tracking() {
        return tracking;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
