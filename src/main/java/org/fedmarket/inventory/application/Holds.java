package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.application.StockLedger.Reason;
import org.fedmarket.inventory.domain.Hold;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.HoldRepository;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock partners hold for their customers' checkouts. A hold takes the stock at once (through the
 * ledger) and gives it back when it expires; an order consumes it. A partner has at most one live hold
 * per product and reference, so repeating a hold call changes that hold instead of stacking another.
 */
@ApplicationScoped
public class Holds {

    /** How many due holds one expiry transaction ends. */
    static final int EXPIRY_BATCH = 100;

    @Inject
    Clock clock;
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
    PartnerSalesMetrics meter;
    @Inject
    @ConfigProperty(name = "fedmarket.inventory.hold-duration")
    Duration duration;
    /** Holds {@code quantity} of {@code productId} for {@code partner}; 409 if fewer are available. */
    @Transactional
    public HoldGranted hold(String partner, String productId, int quantity, String reference) {
        Hold.requireValid(quantity, reference);
        Product product = products.bySku(ids.sku(productId)).filter(Product::listed)
                .orElseThrow(() -> new NoSuchEntityException("Product", productId));
        BigDecimal price = prices.usd(product.priceAmount(), product.priceCurrency())
                .orElseThrow(() -> new NoSuchEntityException("Product", productId)); // unpriced products are not listed
        OffsetDateTime now = now();
        Hold wanted = Hold.place(product.id(), partner, reference, quantity, now, duration);
        Hold live = null;
        for (int attempt = 0; live == null; attempt++) {
            if (place(wanted, productId)) {
                return granted(wanted, productId, price);
            }
            // the insert met a live hold; the expiry sweep (or a release) may end it before this read: then hold anew
            live = holds.liveForUpdate(product.id(), partner, wanted.reference()).orElse(null);
            if (live == null && attempt >= 2) {
                throw new ConflictException("hold-contended", "The hold for reference '" + wanted.reference()
                        + "' is changing; try again");
            }
        }
        if (live.lapsedAt(now)) { // expired, not swept yet: give its stock back and hold anew
            end(live, Hold.Status.EXPIRED, Reason.EXPIRE, now);
            place(wanted, productId);
            return granted(wanted, productId, price);
        }
        if (live.quantity() != quantity) {
            int more = quantity - live.quantity();
            if (more > 0) {
                ledger.take(product.id(), productId, more, Reason.HOLD, live.id().toString());
            } else {
                ledger.change(product.id(), -more, Reason.RELEASE, live.id().toString());
            }
            live = live.resizedTo(quantity);
            holds.quantity(live);
        }
        return granted(live, productId, price);
    }

    /** Records a new hold and takes its stock; false when the partner has a live one for this product and reference. */
    private boolean place(Hold hold, String productId) {
        if (!holds.insertIfAbsent(hold)) {
            return false;
        }
        ledger.take(hold.productId(), productId, hold.quantity(), Reason.HOLD, hold.id().toString());
        return true;
    }

    private static HoldGranted granted(Hold hold, String productId, BigDecimal price) {
        return new HoldGranted(productId, true, hold.quantity(), hold.id().toString(), hold.expiresAt(), price, "USD");
    }

    /**
     * Consumes the partner's hold {@code holdId} for an order line of {@code ordered} units of {@code product}, giving
     * back what the order does not take; refuses a hold that is not the partner's, has ended or is too small.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID consume(String partner, String holdId, long product, int ordered, String orderRef) {
        Hold hold = parse(holdId).flatMap(holds::byIdForUpdate)
                .orElseThrow(() -> new BusinessRuleException("hold-unknown", "No hold " + holdId + " of yours for this product"));
        OffsetDateTime now = now();
        int leftOver = hold.consumableFor(partner, product, ordered, now);
        holds.end(hold.id(), Hold.Status.CONSUMED, now);
        if (leftOver > 0) {
            ledger.change(hold.productId(), leftOver, Reason.RELEASE, orderRef);
        }
        return hold.id();
    }

    private static Optional<UUID> parse(String holdId) {
        try {
            return Optional.of(UUID.fromString(holdId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
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
        List<Hold> due = holds.dueForExpiry(now, EXPIRY_BATCH);
        due.forEach(h -> end(h, Hold.Status.EXPIRED, Reason.EXPIRE, now));
        meter.holdsExpired(due.size());
        return due.size();
    }

    private void end(Hold hold, Hold.Status status, Reason reason, OffsetDateTime now) {
        if (holds.end(hold.id(), status, now)) {
            ledger.change(hold.productId(), hold.quantity(), reason, hold.id().toString());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
