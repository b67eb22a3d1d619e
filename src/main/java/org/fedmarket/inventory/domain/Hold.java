package org.fedmarket.inventory.domain;

import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Stock a partner holds for one of its customers' checkouts (FEDERATION.md, "Holding stock"): live until it expires,
 * ends consumed by an order, released or expired. A partner has at most one live hold per product and reference. The
 * stock itself moves in the ledger; this class owns when a hold may be used, changed or ended.
 */
public record Hold(UUID id, long productId, String partner, String reference, int quantity, Status status,
                   OffsetDateTime createdAt, OffsetDateTime expiresAt) {

    /** The longest reference a partner may give a hold. */
    public static final int MAX_REFERENCE = 100;

    public enum Status {
        HELD, CONSUMED, RELEASED, EXPIRED;

        /** How it is stored, e.g. {@code held}. */
        public String id() {
            return WireNames.of(this);
        }

        public static Status ofId(String id) {
            return WireNames.parse(Status.class, id).orElseThrow(() -> new IllegalArgumentException("Unknown hold status " + id));
        }
    }

    /** A new live hold of {@code quantity} units for {@code duration}; refuses a quantity or reference out of bounds. */
    public static Hold place(long productId, String partner, String reference, int quantity, OffsetDateTime now,
                             Duration duration) {
        requireValid(quantity, reference);
        return new Hold(UUID.randomUUID(), productId, partner, reference == null ? "" : reference, quantity, Status.HELD, now,
                now.plus(duration));
    }

    /** What a hold request may ask for: 1 to {@link Limits#MAX_QUANTITY} units, a reference of at most 100 characters. */
    public static void requireValid(int quantity, String reference) {
        if (quantity < 1 || quantity > Limits.MAX_QUANTITY) {
            throw new BusinessRuleException("quantity-invalid", "quantity is between 1 and " + Limits.MAX_QUANTITY + ", not " + quantity);
        }
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw new BusinessRuleException("reference-invalid", "A hold reference has at most " + MAX_REFERENCE + " characters");
        }
    }

    public boolean liveAt(OffsetDateTime now) {
        return status == Status.HELD && expiresAt.isAfter(now);
    }

    /** Held still, but past its expiry: the sweep has not ended it yet, and nothing may use it any more. */
    public boolean lapsedAt(OffsetDateTime now) {
        return status == Status.HELD && !expiresAt.isAfter(now);
    }

    /** The same hold for another quantity (a repeated hold call with a new quantity); the difference moves in the ledger. */
    public Hold resizedTo(int newQuantity) {
        requireValid(newQuantity, reference);
        return new Hold(id, productId, partner, reference, newQuantity, status, createdAt, expiresAt);
    }

    /**
     * Whether {@code partner} may use this hold for an order line of {@code ordered} units of this product now: a hold is
     * only its partner's, live, and at least as large as the line. Returns the units the order leaves over (given back).
     */
    public int consumableFor(String caller, long product, int ordered, OffsetDateTime now) {
        if (!partner.equals(caller) || productId != product) {
            throw new BusinessRuleException("hold-unknown", "No hold " + id + " of yours for this product");
        }
        if (!liveAt(now)) {
            throw new ConflictException("hold-ended", "Hold " + id + " has " + (status == Status.HELD ? "expired" : status.id())
                    + "; place a new one");
        }
        if (ordered > quantity) {
            throw new ConflictException("hold-too-small", "Hold " + id + " is for " + quantity + ", the line for " + ordered);
        }
        return quantity - ordered;
    }
}
