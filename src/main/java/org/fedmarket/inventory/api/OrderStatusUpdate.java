package org.fedmarket.inventory.api;

/**
 * The signed message a seller sends the shop that placed an order each time the order's status changes (FEDERATION.md,
 * "Order updates"): {@code POST <buyer base URL>/api/federation/order-updates}, {@code application/jose}, type
 * {@value #TYPE}. {@code orderId} is the buyer's id of the order, {@code id} the seller's; {@code sequence} is the
 * change's position in the order's history, so the buyer ignores stale and repeated ones. Null members are left out.
 */
public record OrderStatusUpdate(String orderId, String id, Integer sequence, OrderStatus status, String at, String actor,
                                String note, String tracking) {

    public static final String TYPE = "fedmarket-order-status+jwt";
    /** Where the buyer receives it, under its base URL. */
    public static final String PATH = "/api/federation/order-updates";
    /** The problem type of an update whose claims are missing or unreadable. */
    public static final String INVALID = "update-invalid";

    /** Whether it carries what the buyer needs to apply it: the order, the status and a sequence from 1. */
    public boolean complete() {
        return orderId != null && status != null && sequence != null && sequence >= 1;
    }
}
