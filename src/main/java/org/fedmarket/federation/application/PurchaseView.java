package org.fedmarket.federation.application;

import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A purchase at a partner, as the admin API shows it; {@code stage} is how far it got, {@code partnerStatus} the partner's word. */
public record PurchaseView(String id, String partner, String productId, int quantity, BigDecimal unitPrice, BigDecimal salePrice,
                           String stage, String holdId, OffsetDateTime holdExpiresAt, String partnerOrderId, String partnerStatus,
                           String tracking, String lastError, int attempts, OffsetDateTime nextAttemptAt,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt, List<Step> history) {

    public record Step(String status, OffsetDateTime at, String actor, String note) {
    }

    static PurchaseView of(Purchase p, List<PurchaseEvent> history) {
        return new PurchaseView(p.id().toString(), p.partner(), p.productId(), p.quantity(), p.unitPriceUsd(), p.salePriceUsd(),
                p.stage().id(), p.holdId(), p.holdExpiresAt(), p.partnerOrderId(), p.partnerStatus(), p.tracking(), p.lastError(),
                p.attempts(), p.nextAttemptAt(), p.createdAt(), p.updatedAt(), history.stream().map(e -> new Step(e.status(), e.at(), e.actor(), e.note())).toList());
    }
}
