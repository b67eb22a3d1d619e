package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;
import org.fedmarket.federation.persistence.PartnerTradeRepository;
import org.fedmarket.inventory.api.OrderStatusUpdate;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Status updates partners send about orders this shop placed with them (FEDERATION.md, "Order
 * updates"), verified with the sender's registered key. Updates carry their position in the order's
 * history: a late or repeated one is acknowledged and ignored.
 */
@ApplicationScoped
public class OrderUpdatesInbox {

    @Inject
    Clock clock;
    @Inject
    MembershipStore directory;
    @Inject
    ShopIdentity identity;
    @Inject
    PartnerTradeRepository repository;

    /** True if the update was applied, false if it was stale. */
    @Transactional
    public boolean receive(String signedMessage) {
        SignedMessages.Verified<OrderStatusUpdate> message = SignedMessages.read(signedMessage, OrderStatusUpdate.TYPE,
                directory::memberKey, identity.shopId(), OrderStatusUpdate.class,
                detail -> new BusinessRuleException(OrderStatusUpdate.INVALID, detail));
        OrderStatusUpdate update = message.body();
        if (!update.complete()) {
            throw new BusinessRuleException(OrderStatusUpdate.INVALID, "An order update needs orderId, status and a sequence from 1");
        }
        UUID id = purchaseId(update.orderId());
        Purchase purchase = repository.purchaseForUpdate(id).filter(p -> p.partner().equals(message.sender()))
                .orElseThrow(() -> new NoSuchEntityException("Purchase", update.orderId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!purchase.statusUpdate(update.sequence(), update.status(), update.tracking(), now)) {
            return false;
        }
        repository.add(new PurchaseEvent(id, now, update.status().id(), message.sender(), update.note()));
        return true;
    }

    /** This shop's orders at partners carry its purchases' ids; anything else is not an order of this shop's. */
    private static UUID purchaseId(String orderId) {
        try {
            return UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(OrderStatusUpdate.INVALID, "Unreadable order update: orderId " + orderId + " is no order of ours");
        }
    }
}
