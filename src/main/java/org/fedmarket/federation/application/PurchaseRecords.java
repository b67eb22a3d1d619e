package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.application.Purchases.PurchaseRequest;
import org.fedmarket.federation.domain.PartnerListing;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;
import org.fedmarket.federation.persistence.PartnerTradeRepository;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.api.ProductId;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.market.domain.Sale;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A purchase's progress as it is recorded, one transaction per step, each with the purchase locked: what
 * {@link Purchases} learns from the partner is written here before it makes its next call. A step a racing attempt
 * recorded first is recorded once.
 */
@ApplicationScoped
public class PurchaseRecords {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int RESUME_BATCH = 20;

    /** Where and to whom, as stored with the purchase until it is ordered. */
    public record Delivery(OrderRequest.ShipTo shipTo, OrderRequest.Contact contact) {
    }

    @Inject
    Clock clock;
    @Inject
    PartnerTradeRepository repository;
    @Inject
    MarketEvents market;
    @Inject
    PurchaseRetry retry;
    @Inject
    PartnerMetrics metrics;

    /** Open purchases that are due (a batch), each claimed for one attempt (leased). */
    @Transactional
    public List<UUID> claimDue() {
        OffsetDateTime now = now();
        return repository.claimDuePurchases(now, now.plus(retry.lease()), RESUME_BATCH);
    }

    /** The purchase an earlier request with this key made; the same key for another purchase is a conflict. */
    @Transactional
    public Optional<UUID> byKey(String idempotencyKey, PurchaseRequest request) {
        return repository.purchaseByKey(idempotencyKey).map(p -> {
            if (!p.productId().equals(request.productId()) || p.quantity() != request.quantity()
                    || !p.orderJson().equals(JSON.toJson(new Delivery(request.shipTo(), request.contact())))) {
                throw new ConflictException("idempotency-key-reused", "Idempotency-Key " + idempotencyKey
                        + " was used for another purchase (" + p.id() + ")");
            }
            return p.id();
        });
    }

    @Transactional
    public UUID begin(PurchaseRequest r, String idempotencyKey, String actor) {
        String partner = ProductId.parse(r.productId()).map(ProductId::shop).orElse("");
        PartnerListing listing = repository.listing(partner, r.productId())
                .orElseThrow(() -> new NoSuchEntityException("Partner listing", r.productId()));
        OffsetDateTime now = now();
        UUID id = UUID.randomUUID();
        repository.add(new Purchase(id, partner, listing.productId(), r.quantity(), listing.partnerPriceUsd(),
                listing.priceUsd(), JSON.toJson(new Delivery(r.shipTo(), r.contact())), idempotencyKey, now, retry.lease()));
        repository.add(new PurchaseEvent(id, now, "holding", actor, null));
        return id;
    }

    @Transactional
    public void holdEnded(UUID id, String why) {
        Purchase purchase = lock(id);
        if (purchase.stage() == Purchase.Stage.ORDERING) {
            OffsetDateTime now = now();
            purchase.holdEnded(now);
            repository.add(new PurchaseEvent(id, now, "holding", purchase.partner(), why));
        }
    }

    @Transactional
    public void held(UUID id, HoldGranted hold) {
        Purchase purchase = lock(id);
        if (purchase.stage() != Purchase.Stage.HOLDING) {
            return; // a racing attempt recorded this hold (the same one: same reference) first
        }
        OffsetDateTime now = now();
        purchase.held(hold.holdId(), hold.expiresAt(), hold.price(), now);
        repository.add(new PurchaseEvent(id, now, "ordering", purchase.partner(), "hold " + hold.holdId() + " until " + hold.expiresAt()));
    }

    @Transactional
    public PurchaseView placed(UUID id, OrderState state) {
        Purchase purchase = lock(id);
        if (purchase.stage() == Purchase.Stage.PLACED || purchase.stage() == Purchase.Stage.FAILED) {
            return view(purchase); // a second attempt that raced the first: recorded once
        }
        OffsetDateTime now = now();
        purchase.placed(state.id(), state.status(), now);
        repository.add(new PurchaseEvent(id, now, "placed", purchase.partner(), "order " + state.id() + " is " + state.status()));
        market.sale(sale(purchase, Sale.SOLD));
        metrics.purchased(purchase.partner(), PartnerMetrics.PurchaseOutcome.PLACED);
        return view(purchase);
    }

    /** The purchase failed; {@code outOfStock}: the partner had too little, a sale refused for lack of stock. */
    @Transactional
    public PurchaseView failed(UUID id, String error, boolean outOfStock) {
        Purchase purchase = lock(id);
        if (purchase.stage() == Purchase.Stage.PLACED || purchase.stage() == Purchase.Stage.FAILED) {
            return view(purchase);
        }
        OffsetDateTime now = now();
        purchase.failed(error, now);
        repository.add(new PurchaseEvent(id, now, "failed", purchase.partner(), error));
        if (outOfStock) {
            market.sale(sale(purchase, Sale.OUT_OF_STOCK));
        }
        metrics.purchased(purchase.partner(), outOfStock ? PartnerMetrics.PurchaseOutcome.OUT_OF_STOCK : PartnerMetrics.PurchaseOutcome.FAILED);
        return view(purchase);
    }

    /** This shop's sale of a partner's product to its customer (the partner's stock is not known here). */
    private static Sale sale(Purchase p, String outcome) {
        return new Sale(ProductId.parse(p.productId()).orElseThrow().sku(), p.productId(), p.partner(), "customer", p.quantity(),
                p.salePriceUsd(), "USD", null, outcome, p.id().toString());
    }

    /**
     * The partner did not answer this attempt: the next is due after the partner's Retry-After, or after a backoff
     * that doubles per attempt; after {@code max-attempts} the purchase fails.
     */
    @Transactional
    public PurchaseView unanswered(UUID id, String error, Optional<Duration> retryAfter) {
        Purchase purchase = lock(id);
        if (purchase.stage() == Purchase.Stage.PLACED || purchase.stage() == Purchase.Stage.FAILED) {
            return view(purchase);
        }
        OffsetDateTime now = now();
        if (purchase.attempts() + 1 >= retry.maxAttempts()) {
            purchase.failed(error + " (no answer after " + (purchase.attempts() + 1) + " attempts)", now);
            repository.add(new PurchaseEvent(id, now, "failed", purchase.partner(), purchase.lastError()));
            metrics.purchased(purchase.partner(), PartnerMetrics.PurchaseOutcome.FAILED);
            return view(purchase);
        }
        Duration backoff = retry.backoff(purchase.attempts() + 1);
        purchase.unanswered(error, retryAfter.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff), now);
        return view(purchase);
    }

    @Transactional
    public Purchase find(UUID id) {
        return repository.purchase(id).orElseThrow(() -> new NoSuchEntityException("Purchase", id.toString()));
    }

    @Transactional
    public PurchaseView view(UUID id) {
        return view(find(id));
    }

    @Transactional
    public List<PurchaseView> recent() {
        return repository.purchases(200).stream().map(this::view).toList();
    }

    private PurchaseView view(Purchase p) {
        return PurchaseView.of(p, repository.history(p.id()));
    }

    private Purchase lock(UUID id) {
        return repository.purchaseForUpdate(id).orElseThrow(() -> new NoSuchEntityException("Purchase", id.toString()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
