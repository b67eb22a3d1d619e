package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Duration;

/**
 * Purchases at partners resume by themselves: every {@code purchase-resume-interval} the due ones are claimed
 * (leased in PostgreSQL, so no two instances resume the same one) and taken further. An attempt the partner did not
 * answer waits {@code purchase-first-retry}, doubling per attempt up to {@code purchase-max-backoff}; after
 * {@code purchase-max-attempts} the purchase fails. An attempt holds its purchase for {@code purchase-lease}: a purchase
 * whose instance stopped mid-attempt (a crash) is resumed by another, or after a restart, once that lease ends.
 */
@ApplicationScoped
public class PurchaseRetry {

    @Inject
    ModuleJobs jobs;
    @Inject
    Purchases purchases;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.purchase-resume-interval")
    Duration interval;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.purchase-first-retry")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.purchase-max-backoff")
    Duration maxBackoff;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.purchase-max-attempts")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.purchase-lease")
    Duration lease;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.FEDERATION, "purchase-resume", interval, () -> {
            while (purchases.resumeDue() > 0) {
                // another batch is due: resume it in this run
            }
        });
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} went unanswered. */
    Duration backoff(int attempt) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** How long one attempt may take before the purchase may be resumed elsewhere (longer than a hold and an order with their retries). */
    Duration lease() {
        return lease;
    }
}
