package org.fedmarket.federation.domain;

import org.fedmarket.federation.domain.Partnership.Status;
import org.fedmarket.federation.domain.Partnership.Terms;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnershipTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Terms SELL_FOR_INVENTORY = new Terms(Set.of(Right.SELL), Set.of(Right.SHARE_INVENTORY), null);

    @Test
    void theReceiverAcceptsTheRequesterWithdrawsAndNeitherAnswersForTheOther() {
        Partnership ours = Partnership.requestTo("shop-b", SELL_FOR_INVENTORY, NOW);
        assertEquals(1, ours.round());
        assertThrows(ConflictException.class, () -> ours.answer(Status.ACTIVE, 1, true, NOW), "no shop accepts its own request");
        assertFalse(ours.answer(Status.WITHDRAWN, 1, false, NOW), "the partner cannot withdraw this shop's request");
        assertTrue(ours.answer(Status.ACTIVE, 1, false, NOW), "the partner accepts");
        assertEquals(Status.ACTIVE, ours.status());

        Partnership theirs = Partnership.requestFrom(UUID.randomUUID(), "shop-c", 1, SELL_FOR_INVENTORY, NOW);
        assertThrows(ConflictException.class, () -> theirs.answer(Status.WITHDRAWN, 1, true, NOW));
        assertTrue(theirs.answer(Status.DENIED, 1, true, NOW));
        assertEquals(Status.DENIED, theirs.status());
    }

    @Test
    void rightsAreSeenFromEachSide() {
        Partnership ours = Partnership.requestTo("shop-b", SELL_FOR_INVENTORY, NOW);
        assertEquals(Set.of(Right.SHARE_INVENTORY), ours.grantedToPartner(), "what this shop offered");
        assertEquals(Set.of(Right.SELL), ours.heldFromPartner(), "what this shop asked for");
        Partnership theirs = Partnership.requestFrom(UUID.randomUUID(), "shop-c", 1, SELL_FOR_INVENTORY, NOW);
        assertEquals(Set.of(Right.SELL), theirs.grantedToPartner(), "what the partner asked of this shop");
        assertEquals(Set.of(Right.SHARE_INVENTORY), theirs.heldFromPartner());
    }

    @Test
    void aMessageOfAnOldRoundChangesNothingAndOnlyAnEndedPartnershipIsRestored() {
        Partnership p = Partnership.requestFrom(UUID.randomUUID(), "shop-b", 2, SELL_FOR_INVENTORY, NOW);
        assertFalse(p.requested(2, SELL_FOR_INVENTORY, NOW), "the same round again");
        assertFalse(p.requested(1, SELL_FOR_INVENTORY, NOW), "an older round");
        assertThrows(ConflictException.class, () -> p.restore(SELL_FOR_INVENTORY, NOW), "it has not ended");
        assertTrue(p.answer(Status.ACTIVE, 2, true, NOW));
        assertFalse(p.terminate(1, false, NOW), "a termination of an older round");
        assertTrue(p.terminate(2, false, NOW));
        assertFalse(p.terminate(2, false, NOW), "a repeated termination");
        p.restore(SELL_FOR_INVENTORY, NOW);
        assertEquals(3, p.round());
        assertEquals(Status.REQUESTED, p.status());
        assertTrue(p.requestedByUs());
    }

    @Test
    void aPartnerThatLeftEndsAnythingButAnEndedPartnership() {
        Partnership p = Partnership.requestTo("shop-b", SELL_FOR_INVENTORY, NOW);
        assertTrue(p.endBecausePartnerLeft(NOW));
        assertEquals(Status.TERMINATED, p.status());
        assertFalse(p.endBecausePartnerLeft(NOW));
    }

    @Test
    void termsAskOrOfferSomethingWithACommissionExactlyWhenEarnCommissionIsAmongThem() {
        assertThrows(BusinessRuleException.class, () -> new Terms(Set.of(), Set.of(), null));
        assertThrows(BusinessRuleException.class, () -> new Terms(Set.of(Right.EARN_COMMISSION), Set.of(), null));
        assertThrows(BusinessRuleException.class, () -> new Terms(Set.of(Right.SELL), Set.of(), BigDecimal.ONE));
        assertThrows(BusinessRuleException.class, () -> new Terms(Set.of(Right.EARN_COMMISSION), Set.of(), new BigDecimal("100.01")));
        assertThrows(BusinessRuleException.class, () -> new Terms(Set.of(Right.EARN_COMMISSION), Set.of(), new BigDecimal("1.005")));
        assertEquals(new BigDecimal("12.50"),
                new Terms(Set.of(Right.EARN_COMMISSION), Set.of(Right.SELL), new BigDecimal("12.50")).commissionRate());
    }
}
