package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.partner.PartnerDirectory;
import org.fedmarket.platform.partner.PartnersChanged;

import java.util.Locale;

/**
 * What partners do with this shop's inventory, counted per partner (README, "Metrics"): catalogue
 * polls by outcome, holds, purchases that succeeded or failed for lack of stock, orders received,
 * and order status changes. Every series exists from 0 as soon as its partner does (at start, and when a partnership
 * becomes active), so that {@code rate()} and {@code increase()} count the first event too.
 */
@ApplicationScoped
public class PartnerSalesMetrics {

    /** How a catalogue poll was answered. */
    public enum Poll { FULL, DELTA, NOT_MODIFIED }

    @Inject
    MetricRegistry metrics;
    @Inject
    Instance<PartnerDirectory> directory;
    @Inject
    NodeSettings settings;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (ready.modules().isOn(Module.INVENTORY)) {
            metrics.counter("fedmarket_holds_expired");
            for (OrderStatus status : OrderStatus.values()) {
                metrics.counter("fedmarket_order_status_changes", new Tag("status", status.id()));
            }
            if (ready.modules().isOn(Module.FEDERATION)) {
                partnersFromZero();
            }
        }
    }

    void onPartnersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnersChanged changed) {
        if (settings.modules().isOn(Module.INVENTORY)) {
            partnersFromZero();
        }
    }

    /** The series of every partner, at 0 where they are new; existing ones keep their counts. */
    private void partnersFromZero() {
        if (directory.isUnsatisfied()) {
            return;
        }
        for (String partner : directory.get().partners()) {
            Tag tag = partner(partner);
            for (Poll poll : Poll.values()) {
                metrics.counter("fedmarket_catalogue_polls", tag, new Tag("outcome", poll.name().toLowerCase(Locale.ROOT)));
            }
            metrics.counter("fedmarket_holds_placed", tag);
            metrics.counter("fedmarket_partner_orders_received", tag);
            metrics.counter("fedmarket_purchases", tag, new Tag("outcome", "succeeded"));
            metrics.counter("fedmarket_purchases", tag, new Tag("outcome", "out_of_stock"));
        }
    }

    public void polled(String partner, Poll outcome) {
        metrics.counter("fedmarket_catalogue_polls", partner(partner), new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT))).inc();
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
