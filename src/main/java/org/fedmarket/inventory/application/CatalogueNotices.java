package org.fedmarket.inventory.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.fedmarket.inventory.api.CatalogueChanged;
import org.fedmarket.inventory.api.CatalogueNotice;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.DeliveryOutcome;
import org.fedmarket.platform.partner.PartnerDirectory;
import org.fedmarket.platform.schedule.Coalesced;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Tells partners at once when the catalogue changed (FEDERATION.md, "Catalogue notices"): after each committed revision,
 * one worker queues a notice of the latest revision for every partner granted {@code share-inventory}. Revisions
 * committed while it works are covered by its next notice, so a burst (an import) costs one or two notices per partner.
 * A partner that answers a notice with 404 (it does not take them) gets none for a day; it still polls.
 */
@ApplicationScoped
public class CatalogueNotices {

    static final String SHARE_INVENTORY = "share-inventory";
    static final Duration DECLINED_FOR = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(CatalogueNotices.class.getName());

    @Inject
    Instance<PartnerDirectory> directory;
    @Inject
    CatalogueNoticeQueue queue;
    @Inject
    Clock clock;
    @Resource
    ManagedExecutorService executor;

    private final AtomicLong latest = new AtomicLong(-1);
    private final Map<String, Instant> declined = new ConcurrentHashMap<>();
    private volatile Coalesced sending;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (ready.modules().isOn(Module.INVENTORY) && ready.modules().isOn(Module.FEDERATION)) {
            sending = new Coalesced("catalogue-notices", executor, this::send);
        }
    }

    void onCatalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged changed) {
        Coalesced worker = sending;
        if (worker != null) {
            latest.accumulateAndGet(changed.revision(), Math::max);
            worker.wake();
        }
    }

    void onOutcome(@Observes DeliveryOutcome outcome) {
        if (CatalogueNotice.TYPE.equals(outcome.type()) && !outcome.delivered() && outcome.error() != null
                && outcome.error().startsWith("HTTP 404")) {
            declined.put(outcome.destination(), clock.instant().plus(DECLINED_FOR));
            LOG.info(() -> outcome.destination() + " takes no catalogue notices; it learns changes by polling for a day");
        }
    }

    private void send() {
        if (directory.isUnsatisfied()) {
            return;
        }
        PartnerDirectory partners = directory.get();
        Instant now = clock.instant();
        declined.values().removeIf(until -> until.isBefore(now));
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedMessages.claimsOf(new CatalogueNotice(latest.get())))
                .issuer(partners.ownShopId()).build();
        for (String partner : partners.partners()) {
            if (!partners.grantedTo(partner).contains(SHARE_INVENTORY)) {
                continue;
            }
            partners.baseUrl(partner).map(url -> url + CatalogueNotice.PATH).filter(url -> !declined.containsKey(url))
                    .ifPresent(url -> queue.add(url, partner, claims));
        }
    }
}
