package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.partner.PartnersChanged;

import java.util.List;
import java.util.Locale;

/**
 * What this shop does at its partners, counted per partner (README, "Metrics"): failed calls by kind and reason, and
 * its purchases by outcome. Every series exists from 0 as soon as its partner does (at start, and when a partnership
 * becomes active), so that {@code rate()} and {@code increase()} count the first event too.
 */
@ApplicationScoped
public class PartnerMetrics {

    /** The kinds of call to a partner ({@code call} label). */
    static final List<String> CALLS = List.of("catalogue", "hold", "order", "order-status", "events");
    /** Why a call failed ({@code reason} label): no answer or 5xx, a refusal (4xx), or skipped while the circuit is open. */
    static final List<String> FAILURES = List.of("unavailable", "refused", "paused");

    /** How a purchase at a partner ended. */
    public enum PurchaseOutcome { PLACED, OUT_OF_STOCK, FAILED }

    @Inject
    MetricRegistry metrics;
    @Inject
    Partnerships partnerships;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (ready.modules().isOn(Module.FEDERATION)) {
            partnersFromZero();
        }
    }

    void onPartnersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnersChanged changed) {
        partnersFromZero();
    }

    public void callFailed(String partner, String call, String reason) {
        metrics.counter("fedmarket_partner_call_failures", new Tag("partner", partner), new Tag("call", call), new Tag("reason", reason))
                .inc();
    }

    public void purchased(String partner, PurchaseOutcome outcome) {
        metrics.counter("fedmarket_purchases_at_partners", new Tag("partner", partner), outcome(outcome)).inc();
    }

    private void partnersFromZero() {
        for (String partner : partnerships.activePartners()) {
            Tag tag = new Tag("partner", partner);
            for (String call : CALLS) {
                for (String reason : FAILURES) {
                    metrics.counter("fedmarket_partner_call_failures", tag, new Tag("call", call), new Tag("reason", reason));
                }
            }
            for (PurchaseOutcome outcome : PurchaseOutcome.values()) {
                metrics.counter("fedmarket_purchases_at_partners", tag, outcome(outcome));
            }
        }
    }

    private static Tag outcome(PurchaseOutcome outcome) {
        return new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT));
    }
}
