package org.fedmarket.inventory.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.OrderStatusUpdate;
import org.fedmarket.inventory.domain.OrderEvent;
import org.fedmarket.inventory.domain.PartnerOrder;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.platform.partner.PartnerDirectory;
import org.fedmarket.platform.trace.Traces;

import java.util.logging.Logger;

/**
 * Tells the partner that placed an order about each change of its status: a signed message queued in
 * the outbox with the change, delivered with retries (FEDERATION.md, "Order updates").
 */
@ApplicationScoped
public class OrderUpdates {

    private static final Logger LOG = Logger.getLogger(OrderUpdates.class.getName());

    @Inject
    Outbox outbox;
    @Inject
    PartnerSalesMetrics meter;
    @Inject
    Webhooks webhooks;
    @Inject
    Instance<PartnerDirectory> directory;
    @Inject
    Traces traces;

    /** Queues the update; {@code sequence} is the step's position in the order's history, so a receiver can ignore stale ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(PartnerOrder order, OrderEvent event, int sequence) {
        meter.statusChanged(event.status().id());
        if (!directory.isUnsatisfied()) {
            webhooks.publish(Module.INVENTORY, directory.get().ownShopId(), "order-status", payload(order, event));
        }
        var baseUrl = directory.isUnsatisfied() ? java.util.Optional.<String>empty() : directory.get().baseUrl(order.partner());
        if (baseUrl.isEmpty()) {
            LOG.warning(() -> "Order " + order.partnerOrderId() + " is " + event.status().id() + ", but " + order.partner()
                    + " is no active member to tell");
            return;
        }
        OrderStatusUpdate update = new OrderStatusUpdate(order.partnerOrderId(), order.id().toString(), sequence, event.status(),
                event.at().toString(), event.actor(), event.note(), order.tracking());
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedMessages.claimsOf(update)).issuer(directory.get().ownShopId()).build();
        outbox.enqueue(Module.INVENTORY, OrderStatusUpdate.TYPE, baseUrl.get() + OrderStatusUpdate.PATH,
                order.partner(), claims, order.traceparent().orElseGet(traces::current)); // the order's trace, even days later
    }

    /** An order-status event as webhooks receive it. */
    static java.util.Map<String, Object> payload(PartnerOrder order, OrderEvent event) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("orderId", order.id().toString());
        data.put("partner", order.partner());
        data.put("partnerOrderId", order.partnerOrderId());
        data.put("status", event.status().id());
        data.put("at", event.at().toString());
        data.put("actor", event.actor());
        if (order.tracking() != null) {
            data.put("tracking", order.tracking());
        }
        return data;
    }
}
