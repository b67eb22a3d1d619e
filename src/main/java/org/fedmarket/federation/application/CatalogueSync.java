package org.fedmarket.federation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.federation.application.PartnerClient.CatalogueAnswer;
import org.fedmarket.federation.application.PartnerClient.PartnerCallFailedException;
import org.fedmarket.federation.domain.PartnerFeed;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.schedule.Coalesced;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Imports partners' catalogues: at once when a partner sends a catalogue notice, and on a schedule, each due feed is synced conditionally (ETag) and by delta (since its
 * revision), with a full fetch only for the first sync or when the partner can't continue from the revision. Calls the
 * partner between the steps {@link CatalogueFeeds} records.
 */
@ApplicationScoped
public class CatalogueSync {

    private static final Logger LOG = Logger.getLogger(CatalogueSync.class.getName());

    @Inject
    CatalogueFeeds feeds;
    @Inject
    PartnerClient client;
    @Inject
    ModuleJobs jobs;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.catalogue-sync-interval")
    Duration interval;

    @Resource
    ManagedExecutorService executor;

    private final Set<String> noticed = ConcurrentHashMap.newKeySet();
    private final Map<String, ReentrantLock> syncing = new ConcurrentHashMap<>();
    private volatile Coalesced noticedSyncs;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (jobs.schedule(Module.FEDERATION, "catalogue-sync", interval, this::round)) {
            noticedSyncs = new Coalesced("catalogue-sync-on-notice", executor, this::syncNoticed);
        }
    }

    /** Syncs {@code partner} as soon as possible, in the background: it said its catalogue changed. */
    public void soon(String partner) {
        Coalesced worker = noticedSyncs;
        if (worker != null) {
            noticed.add(partner);
            worker.wake();
        }
    }

    private void syncNoticed() {
        for (String partner : Set.copyOf(noticed)) {
            noticed.remove(partner);
            sync(partner);
        }
    }

    void round() {
        feeds.reconcileNow();
        for (String partner : feeds.leaseDue()) {
            sync(partner);
        }
    }

    /** Syncs one partner now; returns its health afterwards. */
    public FeedHealth syncNow(String partner) {
        feeds.health(partner); // 404 for a partner without a feed
        sync(partner);
        return feeds.health(partner);
    }

    /** One partner's sync at a time (the schedule's and a notice's), so two never apply the same delta. */
    private void sync(String partner) {
        ReentrantLock lock = syncing.computeIfAbsent(partner, p -> new ReentrantLock());
        lock.lock();
        try {
            syncLocked(partner);
        } finally {
            lock.unlock();
        }
    }

    private void syncLocked(String partner) {
        PartnerFeed feed = feeds.feed(partner);
        if (feed == null) {
            return;
        }
        try {
            CatalogueAnswer answer;
            try {
                answer = client.catalogue(partner, feed.etag(), feed.revision());
            } catch (PartnerCallFailedException e) {
                if (feed.revision() == null || e.status() != 422) {
                    throw e;
                }
                LOG.info(() -> partner + " can't continue from revision " + feed.revision() + " (" + e.getMessage() + "); fetching in full");
                answer = client.catalogue(partner, null, null);
            }
            feeds.apply(partner, answer);
        } catch (DomainException e) {
            feeds.failed(partner, e.getMessage());
        }
    }
}
