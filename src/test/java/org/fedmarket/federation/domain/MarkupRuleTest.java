package org.fedmarket.federation.domain;

import org.fedmarket.federation.domain.MarkupRule.Rounding;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkupRuleTest {

    private static BigDecimal price(String usd, String percent, Rounding rounding) {
        return new MarkupRule(new BigDecimal(percent), rounding).apply(new BigDecimal(usd));
    }

    @Test
    void aPercentageIsAddedAndRoundedUpToTheCent() {
        assertEquals(new BigDecimal("11.00"), price("10.00", "10", Rounding.CENT));
        assertEquals(new BigDecimal("11.12"), price("9.99", "11.3", Rounding.CENT), "11.11887 rounds up, never down");
        assertEquals(new BigDecimal("9.99"), price("9.99", "0", Rounding.CENT));
    }

    @Test
    void wholeDollarsAndNinetyNineEndingsRoundUp() {
        assertEquals(new BigDecimal("12.00"), price("10.50", "10", Rounding.WHOLE));
        assertEquals(new BigDecimal("11.00"), price("10.00", "10", Rounding.WHOLE), "already whole");
        assertEquals(new BigDecimal("24.99"), price("22.00", "10", Rounding.NINETY_NINE));
        assertEquals(new BigDecimal("24.99"), price("24.99", "0", Rounding.NINETY_NINE), "already ending in .99");
        assertEquals(new BigDecimal("25.99"), price("24.995", "0", Rounding.NINETY_NINE), "above .99 goes to the next");
    }

    @Test
    void nonsenseMarkupsAreRefused() {
        assertThrows(BusinessRuleException.class, () -> new MarkupRule(new BigDecimal("-1"), Rounding.CENT));
        assertThrows(BusinessRuleException.class, () -> new MarkupRule(new BigDecimal("1000.01"), Rounding.CENT));
        assertThrows(BusinessRuleException.class, () -> new MarkupRule(new BigDecimal("1.234"), Rounding.CENT));
        assertThrows(BusinessRuleException.class, () -> Rounding.of("nearest"));
    }
}
