package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.platform.input.WireNames;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's product this shop buys for its customer: first a hold at the partner, then an order
 * under this purchase's id, which is also the order's idempotency key — so a retry after a timeout can
 * never order twice. Afterwards the partner's status updates are recorded here.
 */
@Entity
@Table(name = "purchase", schema = "federation")
public class Purchase {

    /** How far the purchase got at the partner. */
    public enum Stage {
        HOLDING, ORDERING, PLACED, FAILED;

        public String id() {
            return WireNames.of(this);
        }
    }

    @Id
    private UUID id;
    @Column(nullable = false, updatable = false)
    private String partner;
    @Column(name = "product_id", nullable = false, updatable = false)
    private String productId;
    @Column(nullable = false, updatable = false)
    private int quantity;
    @Column(name = "unit_price_usd", nullable = false)
    private BigDecimal unitPriceUsd;
    @Column(name = "sale_price_usd", nullable = false)
    private BigDecimal salePriceUsd;
    @Column(name = "hold_id")
    private String holdId;
    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;
    @Column(nullable = false)
    private String status;
    @Column(name = "partner_status")
    private String partnerStatus;
    @Column(name = "partner_order_id")
    private String partnerOrderId;
    private String tracking;
    @Column(name = "update_sequence", nullable = false)
    private int updateSequence;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "order_json", nullable = false, updatable = false)
    private String orderJson;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Purchase() {
    }

    public Purchase(UUID id, String partner, String productId, int quantity, BigDecimal unitPriceUsd, BigDecimal salePriceUsd,
                    String orderJson, String idempotencyKey, OffsetDateTime now, Duration lease) {
        this.idempotencyKey = idempotencyKey;
        this.nextAttemptAt = now.plus(lease); // the request that made it works on it first
        this.id = id;
        this.partner = partner;
        this.productId = productId;
        this.quantity = quantity;
        this.unitPriceUsd = unitPriceUsd;
        this.salePriceUsd = salePriceUsd;
        this.orderJson = orderJson;
        this.status = Stage.HOLDING.id();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Claimed by an instance that resumes it now: nobody else resumes it before {@code until}. */
    public void leased(OffsetDateTime until) {
        this.nextAttemptAt = until;
    }

    public void held(String holdId, OffsetDateTime expires, BigDecimal unitPriceUsd, OffsetDateTime now) {
        requireOpen(Stage.HOLDING);
        this.holdId = holdId;
        this.holdExpiresAt = expires;
        this.unitPriceUsd = unitPriceUsd;
        this.status = Stage.ORDERING.id();
        this.updatedAt = now;
    }

    /** The hold ended (expired) before the order: hold anew under the same reference, then order. */
    public void holdEnded(OffsetDateTime now) {
        requireOpen(Stage.ORDERING);
        this.holdId = null;
        this.holdExpiresAt = null;
        this.status = Stage.HOLDING.id();
        this.updatedAt = now;
    }

    public void placed(String partnerOrderId, String partnerStatus, OffsetDateTime now) {
        if (stage() == Stage.FAILED) {
            throw new IllegalStateException("Purchase " + id + " failed; it cannot be placed");
        }
        this.partnerOrderId = partnerOrderId;
        this.status = Stage.PLACED.id();
        this.lastError = null;
        this.nextAttemptAt = null;
        this.updatedAt = now;
        if (partnerStatus != null && updateSequence == 0) {
            this.partnerStatus = partnerStatus;
        }
    }

    public void failed(String error, OffsetDateTime now) {
        if (stage() == Stage.PLACED) {
            throw new IllegalStateException("Purchase " + id + " is placed; it cannot fail");
        }
        this.status = Stage.FAILED.id();
        this.nextAttemptAt = null;
        this.lastError = trim(error);
        this.updatedAt = now;
    }

    /**
     * The partner did not answer (or asked to wait): the purchase stays where it is and is tried again with the
     * same key after {@code wait}.
     */
    public void unanswered(String error, Duration wait, OffsetDateTime now) {
        this.attempts++;
        this.lastError = trim(error);
        this.nextAttemptAt = now.plus(wait);
        this.updatedAt = now;
    }

    /** Attempts the partner did not answer so far. */
    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    private void requireOpen(Stage expected) {
        if (stage() != expected) {
            throw new IllegalStateException("Purchase " + id + " is " + status + ", not " + expected.id());
        }
    }

    /** The partner's status update number {@code sequence}; false if an equal or later one was applied before. */
    public boolean statusUpdate(int sequence, OrderStatus status, String tracking, OffsetDateTime now) {
        if (sequence <= updateSequence) {
            return false;
        }
        this.updateSequence = sequence;
        this.partnerStatus = status.id();
        if (tracking != null) {
            this.tracking = tracking;
        }
        if (Stage.ORDERING.id().equals(this.status) || Stage.HOLDING.id().equals(this.status)) {
            this.status = Stage.PLACED.id(); // the update proves the order arrived
        }
        this.updatedAt = now;
        return true;
    }

    private static String trim(String error) {
        return error == null ? null : error.substring(0, Math.min(500, error.length()));
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public String productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPriceUsd() {
        return unitPriceUsd;
    }

    public BigDecimal salePriceUsd() {
        return salePriceUsd;
    }

    public String holdId() {
        return holdId;
    }

    public OffsetDateTime holdExpiresAt() {
        return holdExpiresAt;
    }

    public Stage stage() {
        return WireNames.parse(Stage.class, status).orElseThrow(() -> new IllegalStateException("Unknown stage " + status));
    }

    public String partnerStatus() {
        return partnerStatus;
    }

    public String partnerOrderId() {
        return partnerOrderId;
    }

    public String tracking() {
        return tracking;
    }

    public String lastError() {
        return lastError;
    }

    public String orderJson() {
        return orderJson;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
