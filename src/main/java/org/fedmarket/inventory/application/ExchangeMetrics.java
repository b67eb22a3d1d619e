package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What partners do with this shop's inventory, counted per partner (README, "Metrics"): catalogue
 * polls by outcome, holds, purchases that succeeded or failed for lack of stock, orders received,
 * and order status changes.
 */
@ApplicationScoped
public class ExchangeMetrics {

    /** How a catalogue poll was answered. */
    public enum Poll { FULL, DELTA, NOT_MODIFIED }

    @Inject
    MetricRegistry metrics;

    public void polled(String partner, Poll outcome) {
        metrics.counter("fedmarket_catalogue_polls", partner(partner), new Tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))).inc();
    }

    public void held(String partner) {
        metrics.counter("fedmarket_holds_placed", partner(partner)).inc();
    }

    public void holdsExpired(int count) {
        metrics.counter("fedmarket_holds_expired").inc(count);
    }

    /** A partner's order was placed: a purchase that succeeded. */
    public void ordered(String partner) {
        metrics.counter("fedmarket_partner_orders_received", partner(partner)).inc();
        metrics.counter("fedmarket_purchases", partner(partner), new Tag("outcome", "succeeded")).inc();
    }

    /** A partner's hold or order was refused for lack of stock: a purchase that failed. */
    public void outOfStock(String partner) {
        metrics.counter("fedmarket_purchases", partner(partner), new Tag("outcome", "out_of_stock")).inc();
    }

    public void statusChanged(String status) {
        metrics.counter("fedmarket_order_status_changes", new Tag("status", status)).inc();
    }

    private static Tag partner(String partner) {
        return new Tag("partner", partner == null ? "anonymous" : partner);
    }
}
