package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.application.StockLedger.Reason;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.HoldRepository;
import org.fedmarket.inventory.persistence.HoldRepository.HoldRow;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Stock partners hold for their customers' checkouts. A hold takes the stock at once (through the
 * ledger) and gives it back when it expires; an order consumes it. A partner has at most one live hold
 * per product and reference, so repeating a hold call changes that hold instead of stacking another.
 */
@ApplicationScoped
public class Holds {

    static final int MAX_QUANTITY = 10_000;

    @Inject
    HoldRepository holds;
    @Inject
    ProductRepository products;
    @Inject
    StockLedger ledger;
    @Inject
    UsdPrices prices;
    @Inject
    ProductIds ids;
    @Inject
    ModuleJobs jobs;
    @Inject
    ExchangeMetrics meter;
    @Inject
    Holds self;
    @Inject
    @ConfigProperty(name = "fedmarket.inventory.hold-duration", defaultValue = "PT10M")
    Duration duration;
    @Inject
    @ConfigProperty(name = "fedmarket.inventory.hold-sweep-interval", defaultValue = "PT15S")
    Duration sweepInterval;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.INVENTORY, "hold-expiry", sweepInterval, () -> {
            while (self.expireDue() == 100) {
                // a full batch: more may be due
            }
        });
    }

    /** Holds {@code quantity} of {@code productId} for {@code partner}; 409 if fewer are available. */
    @Transactional
    public HoldGranted hold(String partner, String productId, int quantity, String reference) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new BusinessRuleException("quantity-invalid", "quantity is between 1 and " + MAX_QUANTITY + ", not " + quantity);
        }
        String ref = reference == null ? "" : reference;
        if (ref.length() > 100) {
            throw new BusinessRuleException("reference-invalid", "A hold reference has at most 100 characters");
        }
        Product product = products.bySku(ids.sku(productId)).filter(Product::listed)
                .orElseThrow(() -> new NoSuchEntityException("Product", productId));
        BigDecimal price = prices.usd(product.priceAmount(), product.priceCurrency())
                .orElseThrow(() -> new NoSuchEntityException("Product", productId)); // unpriced products are not listed
        OffsetDateTime now = now();
        HoldRow live = null;
        for (int attempt = 0; live == null; attempt++) {
            var placed = place(partner, productId, product, quantity, ref, price, now);
            if (placed != null) {
                return placed;
            }
            // the insert met a live hold; the expiry sweep (or a release) may end it before this read: then hold anew
            live = holds.liveForUpdate(product.id(), partner, ref).orElse(null);
            if (live == null && attempt >= 2) {
                throw new ConflictException("hold-contended", "The hold for reference '" + ref + "' is changing; try again");
            }
        }
        if (!live.liveAt(now)) { // expired, not swept yet: give its stock back and hold anew
            end(live, "expired", Reason.EXPIRE, now);
            return place(partner, productId, product, quantity, ref, price, now);
        }
        if (live.quantity() != quantity) {
            int more = quantity - live.quantity();
            if (more > 0) {
                ledger.take(product.id(), productId, more, Reason.HOLD, live.id().toString());
            } else {
                ledger.change(product.id(), -more, Reason.RELEASE, live.id().toString());
            }
            holds.quantity(live.id(), quantity);
        }
        return new HoldGranted(productId, true, quantity, live.id().toString(), live.expiresAt(), price, "USD");
    }

    /** A new hold, or null when the partner has a live one for this product and reference. */
    private HoldGranted place(String partner, String productId, Product product, int quantity, String ref, BigDecimal price,
                              OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        OffsetDateTime expires = now.plus(duration);
        if (!holds.insertIfAbsent(id, product.id(), partner, ref, quantity, now, expires)) {
            return null;
        }
        ledger.take(product.id(), productId, quantity, Reason.HOLD, id.toString());
        return new HoldGranted(productId, true, quantity, id.toString(), expires, price, "USD");
    }

    /** Consumes (part of) a hold for an order line; gives back what the order does not take. Locked by the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(HoldRow hold, int ordered, String orderRef) {
        holds.end(hold.id(), "consumed", now());
        if (ordered < hold.quantity()) {
            ledger.change(hold.productId(), hold.quantity() - ordered, Reason.RELEASE, orderRef);
        }
    }

    /** A live hold as an administrator sees it. */
    public record LiveHold(String id, String productId, String partner, String reference, int quantity, OffsetDateTime createdAt,
                           OffsetDateTime expiresAt) {
    }

    /** Every live hold, the soonest to expire first (at most 1,000). */
    @Transactional
    public List<LiveHold> live() {
        return holds.live(now(), 1000).stream().map(e -> new LiveHold(e.getKey().id().toString(), ids.of(e.getValue()),
                e.getKey().partner(), e.getKey().reference(), e.getKey().quantity(), e.getKey().createdAt(), e.getKey().expiresAt()))
                .toList();
    }

    /** Ends due holds (one batch), giving their stock back; the number ended. */
    @Transactional
    public int expireDue() {
        OffsetDateTime now = now();
        List<HoldRow> due = holds.dueForExpiry(now, 100);
        due.forEach(h -> end(h, "expired", Reason.EXPIRE, now));
        meter.holdsExpired(due.size());
        return due.size();
    }

    private void end(HoldRow hold, String status, Reason reason, OffsetDateTime now) {
        if (holds.end(hold.id(), status, now)) {
            ledger.change(hold.productId(), hold.quantity(), reason, hold.id().toString());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
