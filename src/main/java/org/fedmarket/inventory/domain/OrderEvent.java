package org.fedmarket.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedmarket.inventory.api.OrderStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in an order's history: its new status, when, who made it so and why. */
@Entity
@Table(name = "partner_order_event", schema = "inventory")
public class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id", nullable = false)
    private UUID orderId;
    @Column(nullable = false)
    private OffsetDateTime at;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private String actor;
    private String note;

    protected OrderEvent() {
    }

    public OrderEvent(UUID orderId, OffsetDateTime at, OrderStatus status, String actor, String note) {
        this.orderId = orderId;
        this.at = at;
        this.status = status.id();
        this.actor = actor;
        this.note = note;
    }

    public UUID orderId() {
        return orderId;
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime at() {
        return at;
    }

    public OrderStatus status() {
        return OrderStatus.ofId(status);
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
