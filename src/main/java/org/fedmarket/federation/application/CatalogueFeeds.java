package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.federation.api.PartnerOffersChanged;
import org.fedmarket.federation.application.PartnerClient.CatalogueAnswer;
import org.fedmarket.federation.domain.MarkupRule;
import org.fedmarket.federation.domain.PartnerFeed;
import org.fedmarket.federation.domain.PartnerListing;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.federation.persistence.PartnerTradeRepository;
import org.fedmarket.inventory.api.ListedProduct;
import org.fedmarket.inventory.api.ProductId;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.partner.PartnersChanged;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The catalogues of partners that share their inventory with this shop, as {@link CatalogueSync} imports them: feeds
 * (leased in PostgreSQL, so several instances of this shop never sync one partner at once), what each sync brought or
 * why it failed (with backoff), markups and listings, one transaction each. When a partnership stops sharing inventory,
 * that partner's feed and listings are deleted in the same transaction.
 */
@ApplicationScoped
public class CatalogueFeeds {

    private static final Logger LOG = Logger.getLogger(CatalogueFeeds.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    Clock clock;
    @Inject
    MarketEvents market;
    @Inject
    Event<PartnerOffersChanged> offersChanged;
    @Inject
    PartnerTradeRepository repository;
    @Inject
    PartnerClient client;
    @Inject
    Partnerships partnerships;
    @Inject
    SyncLag lag;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.catalogue-sync-interval")
    Duration interval;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.catalogue-sync-max-backoff")
    Duration maxBackoff;

    /** A partnership changed: feeds follow who shares inventory with this shop now, in the same transaction. */
    @Transactional
    void onPartnersChanged(@Observes PartnersChanged changed) {
        reconcile();
    }

    @Transactional
    public void reconcileNow() {
        reconcile();
    }

    private void reconcile() {
        Set<String> sharing = partnerships.partnersGranting(Right.SHARE_INVENTORY);
        lag.follow(sharing, repository.feeds());
        int dropped = repository.dropAllBut(sharing);
        if (dropped > 0) {
            LOG.info(() -> "Removed " + dropped + " listings of partners that no longer share their inventory");
        }
        OffsetDateTime now = now();
        sharing.stream().filter(p -> repository.feed(p).isEmpty()).forEach(p -> repository.add(new PartnerFeed(p, now)));
    }

    @Transactional
    public List<String> leaseDue() {
        OffsetDateTime now = now();
        return repository.leaseDue(now, now.plus(LEASE), 20);
    }

    @Transactional
    public PartnerFeed feed(String partner) {
        return repository.feed(partner).orElse(null);
    }

    @Transactional
    public void apply(String partner, CatalogueAnswer answer) {
        PartnerFeed feed = repository.feedForUpdate(partner).orElse(null);
        if (feed == null) {
            return; // the partnership stopped sharing inventory meanwhile
        }
        OffsetDateTime now = now();
        MarkupRule markup = feed.markup();
        if (answer.modified()) {
            Map<String, PartnerListing> stored = repository.listings(partner).stream()
                    .collect(Collectors.toMap(PartnerListing::productId, Function.identity()));
            Map<String, String> changed = new java.util.LinkedHashMap<>(); // product id → what happened to its offer
            if (answer.delta() == null) {
                Map<String, PartnerListing> unseen = new HashMap<>(stored);
                answer.products().forEach(p -> {
                    unseen.remove(p.id());
                    upsert(partner, p, stored, markup, now).ifPresent(what -> changed.put(p.id(), what));
                });
                unseen.values().forEach(gone -> {
                    repository.remove(gone);
                    changed.put(gone.productId(), "unlisted");
                });
            } else {
                answer.delta().products().forEach(p -> upsert(partner, p, stored, markup, now).ifPresent(what -> changed.put(p.id(), what)));
                answer.delta().removed().forEach(id -> {
                    PartnerListing gone = stored.get(id);
                    if (gone != null) {
                        repository.remove(gone);
                        changed.put(id, "unlisted");
                    }
                });
            }
            repository.flush(); // the market situations read the listings as they are now
            changed.forEach((productId, what) -> market.offerChanged(ProductId.parse(productId).orElseThrow().sku(), partner, what));
            offersChanged.fire(new PartnerOffersChanged(partner)); // descriptions and images too, which offers leave out
        }
        lag.synced(partner, now);
        feed.succeeded(answer.revision(), answer.etag(), !answer.modified() ? "not-modified" : answer.delta() == null ? "full" : "delta",
                now, interval);
    }

    @Transactional
    public void failed(String partner, String error) {
        repository.feedForUpdate(partner).ifPresent(feed -> feed.failed(error, now(), interval, maxBackoff));
        LOG.info(() -> "Catalogue sync with " + partner + " failed: " + error);
    }

    /** Sets how this shop prices the partner's products; the next sync (at once) prices them all anew. */
    @Audited("federation.markup-set")
    @Transactional
    public FeedHealth markup(String partner, MarkupRule rule) {
        PartnerFeed feed = repository.feedForUpdate(partner).orElseThrow(() -> new NoSuchEntityException("Catalogue feed", partner));
        feed.markup(rule);
        feed.restart(now());
        return FeedHealth.of(feed, repository.countListings(partner), client.breakerState(partner));
    }

    @Transactional
    public List<ListingView> listings() {
        return repository.listings().stream().map(ListingView::of).toList();
    }

    @Transactional
    public List<FeedHealth> health() {
        return repository.feeds().stream().map(f -> FeedHealth.of(f, repository.countListings(f.partner()),
                client.breakerState(f.partner()))).toList();
    }

    @Transactional
    public FeedHealth health(String partner) {
        PartnerFeed feed = repository.feed(partner).orElseThrow(() -> new NoSuchEntityException("Catalogue feed", partner));
        return FeedHealth.of(feed, repository.countListings(partner), client.breakerState(partner));
    }

    /** Stores the partner's product; says whether the offer was {@code listed} or {@code relisted}, empty if it is as it was. */
    private Optional<String> upsert(String partner, ListedProduct p, Map<String, PartnerListing> stored, MarkupRule markup,
                                    OffsetDateTime now) {
        if (ProductId.parse(p.id()).filter(id -> id.of(partner)).isEmpty() || p.price() == null || p.price().signum() < 0) {
            LOG.warning(() -> partner + " listed an unusable product " + p.id() + "; skipped");
            return Optional.empty();
        }
        PartnerListing listing = stored.get(p.id());
        boolean added = listing == null;
        if (added) {
            listing = new PartnerListing(partner, p.id());
            repository.add(listing);
            stored.put(p.id(), listing);
        }
        List<Object> before = offer(listing);
        listing.update(p.name(), p.description(), p.imageUrl(), p.price(), p.availability(), p.version(), p.updatedAt(), markup, now);
        return added ? Optional.of("listed") : before.equals(offer(listing)) ? Optional.empty() : Optional.of("relisted");
    }

    /** What a market situation shows of a listing. */
    private static List<Object> offer(PartnerListing l) {
        return java.util.Arrays.asList(l.name(), l.priceUsd(), l.availability());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
