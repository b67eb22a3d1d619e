package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.inventory.application.StockLedger.Reason;
import org.fedmarket.inventory.domain.OrderEvent;
import org.fedmarket.inventory.domain.OrderLine;
import org.fedmarket.inventory.domain.PartnerOrder;
import org.fedmarket.inventory.persistence.OrderRepository;
import org.fedmarket.inventory.persistence.TermsRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The owner's side of partners' orders: its administrators accept or reject them, mark them
 * shipped or delivered, cancel them. Every change is recorded with its actor and sent to the partner.
 */
@ApplicationScoped
public class OrderDesk {

    /** One order in the administrators' list. */
    public record Summary(String id, String partner, String orderId, String status, java.math.BigDecimal total,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Inject
    Clock clock;
    @Inject
    OrderRepository orders;
    @Inject
    PartnerOrders partnerOrders;
    @Inject
    StockLedger ledger;
    @Inject
    OrderUpdates updates;
    @Inject
    TermsRepository terms;

    @Transactional
    public List<Summary> recent() {
        return recent(null, null);
    }

    /** The latest 200 orders, of one partner and in one status when given (null or blank: any); an unknown status is 422. */
    @Transactional
    public List<Summary> recent(String partner, String status) {
        return find(partner, status).stream().map(OrderDesk::summary).toList();
    }

    /** An order in the list with its lines and history. */
    public record Detailed(Summary summary, OrderState state) {
    }

    /** {@link #recent(String, String)} with each order's lines and history; the histories in one query for all of them. */
    @Transactional
    public List<Detailed> recentInDetail(String partner, String status) {
        List<PartnerOrder> found = find(partner, status);
        Map<UUID, List<OrderEvent>> histories = orders.histories(found.stream().map(PartnerOrder::id).toList());
        return found.stream().map(o -> new Detailed(summary(o), partnerOrders.state(o, histories.getOrDefault(o.id(), List.of()))))
                .toList();
    }

    private List<PartnerOrder> find(String partner, String status) {
        OrderStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = WireNames.parse(OrderStatus.class, status.strip())
                    .orElseThrow(() -> new InvalidFieldsException("status", "must be one of " + WireNames.all(OrderStatus.class)));
        }
        String of = partner == null || partner.isBlank() ? null : partner.strip();
        return orders.recent(200, of, wanted);
    }

    private static Summary summary(PartnerOrder o) {
        return new Summary(o.id().toString(), o.partner(), o.partnerOrderId(), o.status().id(), o.totalUsd(), o.createdAt(),
                o.updatedAt());
    }

    @Transactional
    public OrderState get(String id) {
        return partnerOrders.state(find(id, false));
    }

    /** Moves the order to {@code target}; {@code tracking} is needed for shipped. */
    @Audited("inventory.order-moved")
    @Transactional
    public OrderState move(String id, OrderStatus target, String actor, String note, String tracking) {
        PartnerOrder order = find(id, true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OrderEvent event = target == OrderStatus.SHIPPED ? order.ship(tracking, actor, now)
                : order.moveTo(target, actor, note == null || note.isBlank() ? null : note.strip(), now);
        if (target.returnsStock()) {
            for (OrderLine line : order.lines()) {
                ledger.change(line.productId(), line.quantity(), Reason.RETURN, order.id().toString());
            }
        }
        orders.record(event);
        updates.send(order, event, orders.history(order.id()).size());
        return partnerOrders.state(order);
    }

    @Transactional
    public Map<String, Boolean> terms() {
        return terms.all();
    }

    @Audited("inventory.order-terms-set")
    @Transactional
    public void autoAccept(String partner, boolean autoAccept) {
        terms.autoAccept(partner, autoAccept, OffsetDateTime.now(clock));
    }

    private PartnerOrder find(String id, boolean forUpdate) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchEntityException("Order", id);
        }
        return (forUpdate ? orders.byIdForUpdate(uuid) : orders.byId(uuid)).orElseThrow(() -> new NoSuchEntityException("Order", id));
    }
}
