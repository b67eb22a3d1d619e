package org.fedmarket.federation.application;

import org.fedmarket.federation.domain.Partnership;
import org.fedmarket.federation.domain.PartnershipEvent;
import org.fedmarket.federation.domain.Right;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A partnership as an administrator sees it: {@code direction} is {@code outgoing} when this shop
 * asked (in the current round); {@code granted} are the rights this shop gives the partner,
 * {@code held} those it has over the partner's products.
 */
public record PartnershipView(UUID id, String partner, String direction, String status, int round,
                              List<String> asked, List<String> offered, BigDecimal commissionRate,
                              List<String> granted, List<String> held, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt, List<Step> history) {

    public record Step(OffsetDateTime at, String actor, String action, int round, String reason) {
    }

    static PartnershipView of(Partnership p, List<PartnershipEvent> history) {
        return new PartnershipView(p.id(), p.partnerShopId(), p.requestedByUs() ? "outgoing" : "incoming",
                p.status().name().toLowerCase(), p.round(), ids(p.terms().asked()), ids(p.terms().offered()),
                p.commissionRate(), ids(p.grantedToPartner()), ids(p.heldFromPartner()), p.createdAt(), p.updatedAt(),
                history.stream().map(e -> new Step(e.at(), e.actor(), e.action(), e.round(), e.reason())).toList());
    }

    private static List<String> ids(java.util.Set<Right> rights) {
        return rights.stream().sorted().map(Right::id).toList();
    }
}
