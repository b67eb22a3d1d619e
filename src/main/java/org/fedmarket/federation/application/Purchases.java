package org.fedmarket.federation.application;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import org.fedmarket.platform.input.Limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.application.PartnerClient.PartnerCallFailedException;
import org.fedmarket.federation.application.PartnerClient.PartnerUnavailableException;
import org.fedmarket.federation.domain.PartnerListing;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;
import org.fedmarket.federation.persistence.ExchangeRepository;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.market.domain.Sale;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    @Inject
    ExchangeRepository repository;
    @Inject
    PartnerClient client;
    @Inject
    Purchases self;
    @Inject
    MarketEvents market;

    /** Holds and orders; answers with the purchase as far as it got (placed, failed, or waiting for a retry). */
    public PurchaseView buy(PurchaseRequest request, String actor) {
        UUID id = self.begin(request, actor);
        return proceed(id);
    }

    /** Takes an interrupted purchase further, with the same hold reference and order key. */
    public PurchaseView proceed(UUID id) {
        Purchase purchase = self.find(id);
        if (purchase.stage() == Purchase.Stage.HOLDING) {
            try {
                HoldGranted hold = client.hold(purchase.partner(), purchase.productId(), purchase.quantity(), id.toString());
                if (hold.price() == null || hold.price().compareTo(purchase.unitPriceUsd()) != 0) {
                    // the customer agreed to a price made from the listing: a changed partner price needs a new purchase
                    return self.failed(id, purchase.productId() + " costs " + hold.price() + " USD at " + purchase.partner()
                            + " now, the listing said " + purchase.unitPriceUsd() + "; the hold expires on its own", false);
                }
                self.held(id, hold);
            } catch (PartnerCallFailedException e) {
                return self.failed(id, e.getMessage(), NOT_ENOUGH_STOCK.equals(e.reason()));
            } catch (PartnerUnavailableException e) {
                return self.unanswered(id, e.getMessage());
            }
            purchase = self.find(id);
        }
        if (purchase.stage() == Purchase.Stage.ORDERING) {
            try {
                OrderState placed = client.order(purchase.partner(), order(purchase), id.toString());
                return self.placed(id, placed);
            } catch (PartnerCallFailedException e) {
                return self.failed(id, e.getMessage(), NOT_ENOUGH_STOCK.equals(e.reason()));
            } catch (PartnerUnavailableException e) {
                return self.unanswered(id, e.getMessage());
            }
        }
        return self.view(id);
    }

    @Transactional
    public UUID begin(PurchaseRequest r, String actor) {
        if (r == null || r.productId() == null || r.quantity() == null || r.quantity() < 1 || r.quantity() > 10_000) {
            throw new BusinessRuleException("purchase-invalid", "A purchase needs a partner's productId and a quantity of 1-10000");
        }
        if (r.shipTo() == null || r.contact() == null) {
            throw new BusinessRuleException("purchase-invalid", "A purchase needs shipTo and contact");
        }
        int colon = r.productId().indexOf(':');
        String partner = colon > 0 ? r.productId().substring(0, colon) : "";
        PartnerListing listing = repository.listing(partner, r.productId())
                .orElseThrow(() -> new NoSuchEntityException("Partner listing", r.productId()));
        OffsetDateTime now = now();
        UUID id = UUID.randomUUID();
        repository.add(new Purchase(id, partner, listing.productId(), r.quantity(), listing.partnerPriceUsd(),
                listing.priceUsd(), JSON.toJson(new Delivery(r.shipTo(), r.contact())), now));
        repository.add(new PurchaseEvent(id, now, "holding", actor, null));
        return id;
    }

    @Transactional
    public void held(UUID id, HoldGranted hold) {
        Purchase purchase = lock(id);
        OffsetDateTime now = now();
        purchase.held(hold.holdId(), hold.expiresAt(), hold.price(), now);
        repository.add(new PurchaseEvent(id, now, "ordering", purchase.partner(), "hold " + hold.holdId() + " until " + hold.expiresAt()));
    }

    @Transactional
    public PurchaseView placed(UUID id, OrderState state) {
        Purchase purchase = lock(id);
        if (purchase.stage() == Purchase.Stage.PLACED) {
            return view(purchase); // a second retry that raced the first: recorded once
        }
        OffsetDateTime now = now();
        purchase.placed(state.id(), state.status(), now);
        repository.add(new PurchaseEvent(id, now, "placed", purchase.partner(), "order " + state.id() + " is " + state.status()));
        market.sale(sale(purchase, Sale.SOLD));
        return view(purchase);
    }

    /** The purchase failed; {@code outOfStock}: the partner had too little, a sale refused for lack of stock. */
    @Transactional
    public PurchaseView failed(UUID id, String error, boolean outOfStock) {
        Purchase purchase = lock(id);
        OffsetDateTime now = now();
        purchase.failed(error, now);
        repository.add(new PurchaseEvent(id, now, "failed", purchase.partner(), error));
        if (outOfStock) {
            market.sale(sale(purchase, Sale.OUT_OF_STOCK));
        }
        return view(purchase);
    }

    /** This shop's sale of a partner's product to its customer (the partner's stock is not known here). */
    private static Sale sale(Purchase p, String outcome) {
        return new Sale(p.productId().substring(p.partner().length() + 1), p.productId(), p.partner(), "customer", p.quantity(),
                p.salePriceUsd(), "USD", null, outcome, p.id().toString());
    }

    @Transactional
    public PurchaseView unanswered(UUID id, String error) {
        Purchase purchase = lock(id);
        purchase.unanswered(error, now());
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
