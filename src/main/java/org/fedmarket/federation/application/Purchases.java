package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fedmarket.federation.application.PartnerClient.PartnerCallFailedException;
import org.fedmarket.federation.application.PartnerClient.PartnerUnavailableException;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
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

    /** The problem type a partner answers a hold or order with when it has too little stock. */
    private static final String NOT_ENOUGH_STOCK = "not-enough-stock";
    /** The problem type a partner answers an order with when its hold expired (or was consumed or released). */
    private static final String HOLD_ENDED = "hold-ended";
    /** The problem type a partner answers an order with whose id it has for an order of other content. */
    private static final String ORDER_ID_REUSED = "order-id-reused";
    /** Steps of one attempt: hold, order, and at most a few holds anew when the hold ended before the order. */
    private static final int MAX_STEPS = 6;
    /** Token refusals taken for a replayed request (tried again) before one is taken as a real refusal. */
    private static final int TOKEN_REFUSALS_TOLERATED = 2;

    @Inject
    Clock clock;
    @Inject
    PartnerClient client;
    @Inject
    PurchaseRecords records;

    /**
     * Holds and orders; answers with the purchase as far as it got (placed, failed, or waiting to be resumed).
     * The same {@code idempotencyKey} again answers the purchase it made the first time.
     */
    @Audited("federation.purchase-made")
    public Bought buy(PurchaseRequest request, String idempotencyKey, String actor) {
        requireComplete(request);
        Optional<UUID> earlier = idempotencyKey == null ? Optional.empty() : records.byKey(idempotencyKey, request);
        if (earlier.isPresent()) {
            return new Bought(records.view(earlier.get()), false);
        }
        UUID id;
        try {
            id = records.begin(request, idempotencyKey, actor);
        } catch (PersistenceException raced) { // the same key at the same moment: the other request made it
            return new Bought(records.view(records.byKey(idempotencyKey, request).orElseThrow(() -> raced)), false);
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
            Purchase purchase = records.find(id);
            try {
                switch (purchase.stage()) {
                    case HOLDING -> {
                        HoldGranted hold = client.hold(purchase.partner(), purchase.productId(), purchase.quantity(), id.toString());
                        if (hold.price() == null || hold.price().compareTo(purchase.unitPriceUsd()) != 0) {
                            // the customer agreed to a price made from the listing: a changed partner price needs a new purchase
                            return records.failed(id, purchase.productId() + " costs " + hold.price() + " USD at " + purchase.partner()
                                    + " now, the listing said " + purchase.unitPriceUsd() + "; the hold expires on its own", false);
                        }
                        records.held(id, hold);
                    }
                    case ORDERING -> {
                        Optional<PurchaseView> done = orderStep(id, purchase);
                        if (done.isPresent()) {
                            return done.get();
                        }
                    }
                    default -> {
                        return records.view(id);
                    }
                }
            } catch (PartnerCallFailedException e) {
                if (e.isRateLimited() || (e.isTokenRefused() && purchase.attempts() < TOKEN_REFUSALS_TOLERATED)) {
                    return records.unanswered(id, e.getMessage(), e.retryAfter());
                } else {
                    return records.failed(id, e.getMessage(), NOT_ENOUGH_STOCK.equals(e.reason()));
                }
            } catch (PartnerUnavailableException | UnknownPartnerException e) {
                // no answer, or the partner is not in the directory now (suspended, left): wait, as for no answer
                return records.unanswered(id, e.getMessage(), Optional.empty());
            }
        }
        return records.unanswered(id, "holds at " + records.find(id).partner() + " kept ending before the order", Optional.empty());
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
                return Optional.of(records.placed(id, placed.get()));
            }
            records.holdEnded(id, "the hold expired before the order; holding anew");
            return Optional.empty();
        }
        try {
            return Optional.of(records.placed(id, client.order(purchase.partner(), order(purchase), id.toString())));
        } catch (PartnerCallFailedException e) {
            if (!HOLD_ENDED.equals(e.reason()) && !ORDER_ID_REUSED.equals(e.reason())) {
                throw e;
            }
            Optional<OrderState> placed = orderAtPartner(purchase);
            if (placed.isPresent()) {
                return Optional.of(records.placed(id, placed.get()));
            }
            if (ORDER_ID_REUSED.equals(e.reason())) {
                return Optional.of(records.failed(id, e.getMessage(), false));
            }
            records.holdEnded(id, e.getMessage());
            return Optional.empty();
        }
    }

    /** Resumes open purchases that are due (a batch), each claimed for one attempt; how many were resumed. */
    public int resumeDue() {
        List<UUID> due = records.claimDue();
        due.forEach(this::proceed);
        return due.size();
    }

    /** Checked before anything else, also before an earlier purchase under the same key is compared with it. */
    private static void requireComplete(PurchaseRequest r) {
        if (r == null || r.productId() == null || r.quantity() == null || r.quantity() < 1 || r.quantity() > Limits.MAX_QUANTITY) {
            throw new BusinessRuleException("purchase-invalid", "A purchase needs a partner's productId and a quantity of 1-"
                    + Limits.MAX_QUANTITY);
        }
        if (r.shipTo() == null || r.contact() == null) {
            throw new BusinessRuleException("purchase-invalid", "A purchase needs shipTo and contact");
        }
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
        PurchaseRecords.Delivery delivery = JSON.fromJson(p.orderJson(), PurchaseRecords.Delivery.class);
        var line = new OrderRequest.Line(p.productId(), p.quantity(), p.holdId(), p.unitPriceUsd());
        return new OrderRequest(p.id().toString(), List.of(line), delivery.shipTo(), delivery.contact(),
                p.unitPriceUsd().multiply(BigDecimal.valueOf(p.quantity())), "USD");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
