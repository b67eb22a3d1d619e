package org.fedmarket.storefront.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.federation.api.PartnerOffers;
import org.fedmarket.federation.api.PartnerOffersChanged;
import org.fedmarket.inventory.api.CatalogueChanged;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.partner.PartnersChanged;
import org.fedmarket.platform.schedule.Coalesced;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the storefront's copy of its offers in step with the sources. A committed change (the own catalogue's new
 * revision, a partner's listings, a partnership) marks its source as behind and wakes one worker, which catches up
 * every source marked meanwhile: a burst of changes costs one catch-up, and a change is searchable a moment after its
 * commit. At start every source is caught up, and on a schedule the own catalogue too (changes another instance of
 * the node committed send this instance no event).
 */
@ApplicationScoped
public class OfferIndex {

    private static final Logger LOG = Logger.getLogger(OfferIndex.class.getName());

    @Inject
    NodeSettings settings;
    @Inject
    OfferSources sources;
    @Inject
    ModuleJobs jobs;
    @Inject
    StorefrontSettings storefront;
    @Inject
    Instance<PartnerOffers> partnerOffers;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "fedmarket.storefront.index-interval")
    Duration interval;

    private final AtomicBoolean ownBehind = new AtomicBoolean();
    private final AtomicBoolean allPartnersBehind = new AtomicBoolean();
    private final Set<String> partnersBehind = ConcurrentHashMap.newKeySet();
    /** Runs {@link #drain()} after changes; a failed catch-up is retried at the next change or the schedule's run, not at once. */
    private volatile Coalesced worker;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (!ready.modules().isOn(Module.STOREFRONT)) {
            return;
        }
        storefront.validate();
        worker = new Coalesced("storefront-index", executor, this::drain);
        ownBehind.set(true);
        allPartnersBehind.set(true);
        wake();
        jobs.schedule(Module.STOREFRONT, "storefront-index", interval, () -> {
            ownBehind.set(true);
            wake();
        });
    }

    void onCatalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged changed) {
        if (on()) {
            ownBehind.set(true);
            wake();
        }
    }

    void onPartnerOffersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerOffersChanged changed) {
        if (on()) {
            partnersBehind.add(changed.partner());
            wake();
        }
    }

    void onPartnersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnersChanged changed) {
        if (on()) {
            allPartnersBehind.set(true); // rights (co-promote) and partners themselves may have changed
            wake();
        }
    }

    /** Catches up every source now, in the caller's thread; for tests and the operator's "rebuild". */
    public void catchUpNow() {
        ownBehind.set(true);
        allPartnersBehind.set(true);
        drain();
    }

    private boolean on() {
        return settings.modules().isOn(Module.STOREFRONT);
    }

    private void wake() {
        Coalesced now = worker;
        if (now != null) {
            now.wake();
        }
    }

    private boolean behind() {
        return ownBehind.get() || allPartnersBehind.get() || !partnersBehind.isEmpty();
    }

    private synchronized void drain() {
        while (behind()) {
            try {
                if (ownBehind.getAndSet(false)) {
                    sources.catchUpOwn();
                }
                boolean federation = settings.modules().isOn(Module.FEDERATION) && partnerOffers.isResolvable();
                if (allPartnersBehind.getAndSet(false)) {
                    sources.catchUpPartners(federation ? partnerOffers.get() : null);
                }
                for (String partner : Set.copyOf(partnersBehind)) {
                    partnersBehind.remove(partner);
                    if (federation) {
                        sources.catchUpPartner(partnerOffers.get(), partner);
                    }
                }
            } catch (RuntimeException e) {
                ownBehind.set(true);
                allPartnersBehind.set(true);
                LOG.log(Level.WARNING, "The storefront could not follow a change; the next change or the schedule ("
                        + interval + ") tries again", e);
                return;
            }
        }
    }
}
