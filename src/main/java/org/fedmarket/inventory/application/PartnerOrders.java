package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.inventory.application.StockLedger.Reason;
import org.fedmarket.inventory.domain.OrderEvent;
import org.fedmarket.inventory.domain.OrderLine;
import org.fedmarket.inventory.domain.PartnerOrder;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.domain.ShippingAddress;
import org.fedmarket.inventory.persistence.OrderRepository;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.inventory.persistence.TermsRepository;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.trace.Traces;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders partners place for this shop's products. Placing is idempotent: the partner's order id (and
 * its Idempotency-Key, if sent) name the order, a repeat answers with the first result, and concurrent
 * repeats wait for the first. An order is taken whole or not at all: a changed price, a hold that is
 * not the partner's or has ended, or missing stock refuse it and change nothing.
 */
@ApplicationScoped
public class PartnerOrders {

    static final int MAX_LINES = 100;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** An order and whether this request created it. */
    public record Placed(OrderState order, boolean created) {
    }

    @Inject
    Clock clock;
    @Inject
    OrderRepository orders;
    @Inject
    ProductRepository products;
    @Inject
    Holds holding;
    @Inject
    StockLedger ledger;
    @Inject
    UsdPrices prices;
    @Inject
    ProductIds ids;
    @Inject
    TermsRepository terms;
    @Inject
    OrderUpdates updates;
    @Inject
    Webhooks webhooks;
    @Inject
    Traces traces;
    @Inject
    Sales sales;
    @Inject
    @ConfigProperty(name = "fedmarket.inventory.auto-accept-orders")
    boolean autoAcceptByDefault;

    @Transactional
    public Placed place(String partner, OrderRequest request, String idempotencyKey) {
        check(request, idempotencyKey);
        String digest = digest(request);
        orders.lock(partner, request.orderId(), idempotencyKey);
        Optional<PartnerOrder> earlier = orders.byPartnerOrderId(partner, request.orderId())
                .or(() -> idempotencyKey == null ? Optional.empty() : orders.byIdempotencyKey(partner, idempotencyKey));
        if (earlier.isPresent()) {
            if (!earlier.get().requestDigest().equals(digest)) {
                throw new ConflictException("order-id-reused", "Order " + request.orderId()
                        + " was placed before with other content; a new order needs a new orderId and Idempotency-Key");
            }
            return new Placed(state(earlier.get()), false);
        }
        UUID id = UUID.randomUUID();
        List<OrderLine> lines = new ArrayList<>();
        for (OrderRequest.Line line : request.lines()) {
            lines.add(take(partner, line, id));
        }
        OrderRequest.ShipTo to = request.shipTo();
        OffsetDateTime now = now();
        PartnerOrder order = new PartnerOrder(id, partner, request.orderId(), idempotencyKey, digest, lines,
                new ShippingAddress(to.name(), to.line1(), to.line2(), to.postalCode(), to.city(), to.region(), to.country(),
                        request.contact().email(), request.contact().phone()), now);
        if (request.total() != null && request.total().compareTo(order.totalUsd()) != 0) {
            throw new BusinessRuleException("total-mismatch", "The lines add up to " + order.totalUsd() + " USD, not " + request.total());
        }
        order.arrivedIn(traces.current());
        orders.add(order);
        OrderEvent received = new OrderEvent(id, now, OrderStatus.RECEIVED, partner, null);
        orders.record(received);
        webhooks.publish(Module.INVENTORY, ids.shopId(), "sale", Map.of("orderId", id.toString(), "partner", partner,
                "partnerOrderId", order.partnerOrderId(), "total", order.totalUsd().toPlainString(), "currency", "USD",
                "at", now.toString(), "lines", order.lines().stream().map(l -> Map.of("productId", ids.of(l.sku()),
                        "quantity", l.quantity(), "unitPrice", l.unitPriceUsd().toPlainString())).toList()));
        webhooks.publish(Module.INVENTORY, ids.shopId(), "order-status", OrderUpdates.payload(order, received));
        order.lines().forEach(line -> sales.sold(partner, id.toString(), line));
        if (terms.autoAccept(partner).orElse(autoAcceptByDefault)) {
            OrderEvent accepted = order.moveTo(OrderStatus.ACCEPTED, "auto", "accepted on receipt", now);
            orders.record(accepted);
            updates.send(order, accepted, 2);
        }
        return new Placed(state(order), true);
    }

    /** The order as the partner that placed it sees it; 404 for another partner's. */
    @Transactional
    public OrderState state(String partner, String partnerOrderId) {
        return orders.byPartnerOrderId(partner, partnerOrderId).map(this::state)
                .orElseThrow(() -> new NoSuchEntityException("Order", partnerOrderId));
    }

    OrderState state(PartnerOrder o) {
        return state(o, orders.history(o.id()));
    }

    /** The order as its partner sees it, with its {@code history} read already. */
    OrderState state(PartnerOrder o, List<OrderEvent> events) {
        List<OrderState.Line> lines = o.lines().stream().map(l -> new OrderState.Line(ids.of(l.sku()), l.quantity(), l.unitPriceUsd(),
                l.holdId() == null ? null : l.holdId().toString())).toList();
        List<OrderState.StatusChange> history = events.stream()
                .map(e -> new OrderState.StatusChange(e.status().id(), e.at(), e.actor(), e.note())).toList();
        return new OrderState(o.partnerOrderId(), o.id().toString(), o.status().id(), o.totalUsd(), "USD", o.tracking(), lines, history);
    }

    private OrderLine take(String partner, OrderRequest.Line line, UUID orderId) {
        Product product = products.bySku(ids.sku(line.productId())).filter(Product::listed)
                .orElseThrow(() -> new BusinessRuleException("product-unavailable", line.productId() + " is not in the catalogue"));
        BigDecimal price = prices.usd(product.priceAmount(), product.priceCurrency())
                .orElseThrow(() -> new BusinessRuleException("product-unavailable", line.productId() + " is not in the catalogue"));
        if (price.compareTo(line.unitPrice()) != 0) {
            throw new PriceChangedException(line.productId(), line.unitPrice(), price);
        }
        UUID holdId = null;
        if (line.holdId() != null) {
            holdId = holding.consume(partner, line.holdId(), product.id(), line.quantity(), orderId.toString());
        } else {
            ledger.take(product.id(), line.productId(), line.quantity(), Reason.ORDER, orderId.toString());
        }
        return new OrderLine(product.id(), product.sku(), line.quantity(), price, holdId);
    }

    private static void check(OrderRequest r, String idempotencyKey) {
        if (r == null) {
            throw new BusinessRuleException("order-missing", "Send the order as a JSON object");
        }
        need(r.orderId() != null && r.orderId().matches("[A-Za-z0-9._:-]{1,100}"), "orderId is 1-100 letters, digits, '.', '_', ':' or '-'");
        need(idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= 200), "Idempotency-Key has 1-200 characters");
        need(r.lines() != null && !r.lines().isEmpty() && r.lines().size() <= MAX_LINES, "An order has 1-" + MAX_LINES + " lines");
        for (OrderRequest.Line l : r.lines()) {
            need(l != null && l.productId() != null && l.quantity() != null && l.quantity() > 0 && l.quantity() <= Limits.MAX_QUANTITY,
                    "Every line needs a productId and a quantity between 1 and " + Limits.MAX_QUANTITY);
            need(l.unitPrice() != null && l.unitPrice().signum() >= 0, "Every line needs the agreed unitPrice in USD");
        }
        need(r.lines().stream().map(OrderRequest.Line::productId).distinct().count() == r.lines().size(), "A product appears once per order");
        need(r.currency() == null || "USD".equals(r.currency()), "Orders are in USD");
        OrderRequest.ShipTo to = r.shipTo();
        need(to != null && present(to.name(), 200) && present(to.line1(), 200) && present(to.postalCode(), 20)
                && present(to.city(), 100) && to.country() != null && to.country().matches("[A-Z]{2}")
                && (to.line2() == null || to.line2().length() <= 200) && (to.region() == null || to.region().length() <= 100),
                "shipTo needs name, line1, postalCode, city and an ISO 3166 country code such as DE");
        need(r.contact() != null && present(r.contact().email(), 254) && r.contact().email().matches("[^@\\s]+@[^@\\s]+")
                && (r.contact().phone() == null || r.contact().phone().length() <= 40), "contact needs an email address");
    }

    private static boolean present(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }

    private static void need(boolean condition, String message) {
        if (!condition) {
            throw new BusinessRuleException("order-invalid", message);
        }
    }

    private static String digest(OrderRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
