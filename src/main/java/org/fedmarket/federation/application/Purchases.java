package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fedmarket.federation.application.PartnerClient.PartnerCallFailedException;
import org.fedmarket.federation.application.PartnerClient.PartnerUnavailableException;
import org.fedmarket.federation.domain.PartnerListing;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;
import org.fedmarket.federation.persistence.ExchangeRepository;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.market.domain.Sale;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import jakarta.persistence.PersistenceException;
import org.fedmarket.platform.audit.application.Audited;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Buys a partner's product for a customer of this shop: holds it at the partner (the purchase id is
 * the hold's reference), then orders it (the purchase id is the order id and its idempotency key).
 * Each step is recorded before the next call, so a purchase interrupted anywhere — the partner timed
 * out, this node restarted — is resumed with the same ids, and the partner never takes it twice.
 */
@ApplicationScoped
public class Purchases {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** What the buyer asks for: a partner's product id ({@code <shop>:<sku>}), how many, where to. */
    public record PurchaseRequest(@Size(max = 120) String productId, @Min(1) @Max(Limits.MAX_QUANTITY) Integer quantity,
                                  @Valid OrderRequest.ShipTo shipTo, @Valid OrderRequest.Contact contact) {
    }

    /** Where and to whom, as stored with the purchase until it is ordered. */
    public record Delivery(OrderRequest.ShipTo shipTo, OrderRequest.Contact contact) {
    }

    /** The problem type a partner answers a hold or order with when it has too little stock. */
    private static final String NOT_ENOUGH_STOCK = "not-enough-stock";
    /** The problem type a partner answers an order with when its hold expired (or was consumed or released). */
    private static final String HOLD_ENDED = "hold-ended";
    /** The problem type a partner answers an order with whose id it has for an order of other content. */
    private static final String ORDER_ID_REUSED = "order-id-reused";
    /** Steps of one attempt: hold, order, and at most a few holds anew when the hold ended before the order. */
    private static final int MAX_STEPS = 6;
    private static final int RESUME_BATCH = 20;
    /** Token refusals taken for a replayed request (tried again) before one is taken as a real refusal. */
    private static final int TOKEN_REFUSALS_TOLERATED = 2;

    @Inject
    ExchangeRepository repository;
    @Inject
    PartnerClient client;
    @Inject
    Purchases self;
    @Inject
    MarketEvents market;
    @Inject
    PurchaseRetry retry;
    @Inject
    PartnerMetrics metrics;

    /**
     * Holds and orders; answers with the purchase as far as it got (placed, failed, or waiting to be resumed).
     * The same {@code idempotencyKey} again answers the purchase it made the first time.
     */
    @Audited("federation.purchase-made")
    public Bought buy(PurchaseRequest request, String idempotencyKey, String actor) {
        requireComplete(request);
        Optional<UUID> earlier = idempotencyKey == null ? Optional.empty() : self.byKey(idempotencyKey, request);
        if (earlier.isPresent()) {
            return new Bought(self.view(earlier.get()), false);
        }
        UUID id;
        try {
            id = self.begin(request, idempotencyKey, actor);
        } catch (PersistenceException raced) { // the same key at the same moment: the other request made it
            return new Bought(self.view(self.byKey(idempotencyKey, request).orElseThrow(() -> raced)), false);
        }
        return new Bought(proceed(id), true);
    }

    /** A purchase as far as it got, and whether this request made it (false: an earlier one with the same key). */
    public record Bought(PurchaseView purchase, boolean created) {
    }

    /**
     * Takes a purchase as far as the partner lets it now, with the same hold reference and order key: holds,
     * holds anew when the hold ended before the order, orders. A partner that does not answer, answers 429 or
     * refuses a replayed call token leaves it waiting for its next attempt (backoff, or the partner's
     * Retry-After); a real refusal (no stock, a changed price, no partnership) fails it.
     */
    public PurchaseView proceed(UUID id) {
        for (int step = 0; step < MAX_STEPS; step++) {
            Purchase purchase = self.find(id);
            try {
                switch (purchase.stage()) {
                    case HOLDING -> {
                        HoldGranted hold = client.hold(purchase.partner(), purchase.productId(), purchase.quantity(), id.toString());
                        if (hold.price() == null || hold.price().compareTo(purchase.unitPriceUsd()) != 0) {
                            // the customer agreed to a price made from the listing: a changed partner price needs a new purchase
                            return self.failed(id, purchase.productId() + " costs " + hold.price() + " USD at " + purchase.partner()
                                    + " now, the listing said " + purchase.unitPriceUsd() + "; the hold expires on its own", false);
                        }
                        self.held(id, hold);
                    }
                    case ORDERING -> {
                        Optional<PurchaseView> done = orderStep(id, purchase);
                        if (done.isPresent()) {
                            return done.get();
                        }
                    }
                    default -> {
                        return self.view(id);
                    }
                }
            } catch (PartnerCallFailedException e) {
                if (e.isRateLimited() || (e.isTokenRefused() && purchase.attempts() < TOKEN_REFUSALS_TOLERATED)) {
                    return self.unanswered(id, e.getMessage(), e.retryAfter());
                } else {
                    return self.failed(id, e.getMessage(), NOT_ENOUGH_STOCK.equals(e.reason()));
                }
            } catch (PartnerUnavailableException e) {
                return self.unanswered(id, e.getMessage(), Optional.empty());
            }
        }
        return self.unanswered(id, "holds at " + self.find(id).partner() + " kept ending before the order", Optional.empty());
    }

    /**
     * The order step: orders with the purchase's hold; the purchase as it ended, or empty when it must hold anew first.
     * Before holding anew — the hold expired or ended — and when the order id is taken, it asks the partner for the
     * order: an earlier attempt's order may have arrived although its answer did not (and consumed the hold).
     */
    private Optional<PurchaseView> orderStep(UUID id, Purchase purchase) {
        if (purchase.holdExpiresAt() != null && purchase.holdExpiresAt().isBefore(now())) {
            Optional<OrderState> placed = orderAtPartner(purchase);
            if (placed.isPresent()) {
                return Optional.of(self.placed(id, placed.get()));
            }
            self.holdEnded(id, "the hold expired before the order; holding anew");
            return Optional.empty();
        }
        try {
            return Optional.of(self.placed(id, client.order(purchase.partner(), order(purchase), id.toString())));
        } catch (PartnerCallFailedException e) {
            if (!HOLD_ENDED.equals(e.reason()) && !ORDER_ID_REUSED.equals(e.reason())) {
                throw e;
            }
            Optional<OrderState> placed = orderAtPartner(purchase);
            if (placed.isPresent()) {
                return Optional.of(self.placed(id, placed.get()));
            }
            if (ORDER_ID_REUSED.equals(e.reason())) {
                return Optional.of(self.failed(id, e.getMessage(), false));
            }
            self.holdEnded(id, e.getMessage());
            return Optional.empty();
        }
    }

    /** Resumes open purchases that are due (a batch), each claimed for one attempt; how many were resumed. */
    public int resumeDue() {
        List<UUID> due = self.claimDue();
        due.forEach(this::proceed);
        return due.size();
    }

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

    /** Checked before anything else, also before an earlier purchase under the same key is compared with it. */
    private static void requireComplete(PurchaseRequest r) {
        if (r == null || r.productId() == null || r.quantity() == null || r.quantity() < 1 || r.quantity() > 10_000) {
            throw new BusinessRuleException("purchase-invalid", "A purchase needs a partner's productId and a quantity of 1-10000");
        }
        if (r.shipTo() == null || r.contact() == null) {
            throw new BusinessRuleException("purchase-invalid", "A purchase needs shipTo and contact");
        }
    }

    @Transactional
    public UUID begin(PurchaseRequest r, String idempotencyKey, String actor) {
        requireComplete(r);
        int colon = r.productId().indexOf(':');
        String partner = colon > 0 ? r.productId().substring(0, colon) : "";
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
        return new Sale(p.productId().substring(p.partner().length() + 1), p.productId(), p.partner(), "customer", p.quantity(),
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

    /**
     * The purchase's order at the partner if an earlier attempt placed it (its id is the purchase's), else empty. A
     * partner that does not answer leaves the purchase waiting, as any unanswered call does.
     */
    private Optional<OrderState> orderAtPartner(Purchase purchase) {
        try {
            return Optional.of(client.orderState(purchase.partner(), purchase.id().toString()));
        } catch (PartnerCallFailedException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

        private static OrderRequest order(Purchase p) {
        Delivery delivery = JSON.fromJson(p.orderJson(), Delivery.class);
        var line = new OrderRequest.Line(p.productId(), p.quantity(), p.holdId(), p.unitPriceUsd());
        return new OrderRequest(p.id().toString(), List.of(line), delivery.shipTo(), delivery.contact(),
                p.unitPriceUsd().multiply(java.math.BigDecimal.valueOf(p.quantity())), "USD");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
