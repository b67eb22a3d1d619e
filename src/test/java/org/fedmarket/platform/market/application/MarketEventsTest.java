package org.fedmarket.platform.market.application;

import org.fedmarket.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the feed refuses before it reads anything: cursors it never gave, limits out of range. */
class MarketEventsTest {

    private final MarketEvents events = new MarketEvents(); // no repository: a refusal must come before any read

    @Test
    void aCursorTheFeedNeverGaveIsRefused() {
        for (String wrong : new String[] {"yesterday", "12", "12-", "-12", "1-2-3", "99999999999999999999-1", "1-x", " 1-2"}) {
            BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> events.page(wrong, "10", null), wrong);
            assertEquals("urn:fedmarket:problem:cursor-invalid", e.toProblem("/api/events").type(), wrong);
        }
    }

    @Test
    void aLimitIsAWholeNumberFromOneTo500() {
        for (String wrong : new String[] {"0", "501", "-1", "all", "1.5", "99999999999"}) {
            BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> events.page(null, wrong, null), wrong);
            assertEquals("urn:fedmarket:problem:limit-invalid", e.toProblem("/api/events").type(), wrong);
        }
    }
}
