package org.fedmarket.inventory.application;

import org.fedmarket.inventory.api.CatalogueChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.CatalogueDelta;
import org.fedmarket.inventory.api.ListedProduct;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue as partners read it, in US dollars. Polling must be cheap: the current revision is
 * kept in memory (dropped at the commit of a change on this node, at most {@link #MAX_AGE} old for
 * changes made by another instance), so an unchanged poll (304) costs no database read, and the full
 * catalogue and the deltas partners ask for are serialised and compressed once per revision.
 */
@ApplicationScoped
public class PartnerCatalogue {

    static final Duration MAX_AGE = Duration.ofSeconds(1);
    private static final Jsonb JSON = JsonbBuilder.create();

    /** An answer at a revision, ready to send as it is ({@code json}) or compressed ({@code gzip}). */
    public record Snapshot(long revision, byte[] json, byte[] gzip) {
        public String etag() {
            return PartnerCatalogue.etag(revision);
        }

        static Snapshot of(long revision, Object body) {
            byte[] json = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
            return new Snapshot(revision, json, Gzip.compress(json));
        }
    }

    /** Deltas asked for at one revision, by the revision they start after. */
    private record Deltas(long revision, Map<Long, Snapshot> since) {
    }

    static final int DELTAS_KEPT = 64;

    @Inject
    ProductRepository products;
    @Inject
    CatalogueRevisions revisions;
    @Inject
    UsdPrices prices;
    @Inject
    ProductIds ids;

    private final FreshCopy<Long> currentRevision = new FreshCopy<>(MAX_AGE, () -> revisions.current());
    private volatile Snapshot snapshot;
    private volatile Deltas deltas = new Deltas(-1, Map.of());

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The current revision, from memory when it is fresh enough. */
    public long revision() {
        return currentRevision.get();
    }

    /** The whole catalogue at the current revision. */
    public Snapshot full() {
        long revision = revision();
        Snapshot current = snapshot;
        if (current != null && current.revision() >= revision) {
            return current;
        }
        synchronized (this) { // one serialisation per revision, however many partners ask at once
            current = snapshot;
            if (current == null || current.revision() < revision) {
                current = build();
                snapshot = current;
            }
            return current;
        }
    }

    /**
     * What changed after {@code since}, encoded once per revision: partners at the same revision ask for the same delta,
     * and all but the first get it from memory (as fresh as {@link #revision()}).
     */
    public Snapshot delta(long since) {
        long revision = revision();
        Deltas known = deltas;
        Snapshot cached = known.revision() == revision ? known.since().get(since) : null;
        if (cached != null) {
            return cached;
        }
        CatalogueDelta delta = since(since);
        Snapshot encoded = Snapshot.of(delta.revision(), delta);
        synchronized (this) {
            Deltas now = deltas;
            Map<Long, Snapshot> kept = new HashMap<>(now.revision() == delta.revision() ? now.since() : Map.of());
            if (kept.size() < DELTAS_KEPT && delta.revision() >= now.revision()) {
                kept.put(since, encoded);
                deltas = new Deltas(delta.revision(), Map.copyOf(kept));
            }
        }
        return encoded;
    }

    /** What changed after {@code since}: products now listed, ids no longer listed. */
    @Transactional
    public CatalogueDelta since(long since) {
        long revision = revisions.current(); // read first: the products read next are at least this new
        if (since < 0 || since > revision) {
            throw new BusinessRuleException("since-invalid", "since must be a revision between 0 and " + revision + ", not " + since);
        }
        List<ListedProduct> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Product p : products.changedSince(since)) {
            listed(p).ifPresentOrElse(changed::add, () -> removed.add(ids.of(p.sku())));
        }
        return new CatalogueDelta(revision, changed, removed);
    }

    void onCatalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged changed) {
        currentRevision.drop();
    }

    @Transactional
    Snapshot build() {
        long revision = revisions.current(); // read first, as in since()
        List<ListedProduct> listed = products.listed().stream().map(this::listed).flatMap(Optional::stream).toList();
        return Snapshot.of(revision, listed);
    }

    /** The product as partners see it, or empty if it is not listed (paused, deleted, no rate for its currency). */
    private Optional<ListedProduct> listed(Product p) {
        if (!p.listed()) {
            return Optional.empty();
        }
        return prices.usd(p.priceAmount(), p.priceCurrency()).map(usd -> new ListedProduct(ids.of(p.sku()), p.name(),
                p.description(), usd, p.imageUrl(), "USD", p.availability().id(), p.updatedAt(), p.revision()));
    }
}
