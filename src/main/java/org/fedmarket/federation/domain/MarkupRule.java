package org.fedmarket.federation.domain;

import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How this shop prices a partner's product: the partner's US dollar price plus a percentage, then
 * rounded up — to the cent, to a whole dollar, or to the next price ending in .99.
 */
public record MarkupRule(BigDecimal percent, Rounding rounding) {

    public static final MarkupRule NONE = new MarkupRule(BigDecimal.ZERO, Rounding.CENT);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Rounding {
        CENT, WHOLE, NINETY_NINE;

        public String id() {
            return WireNames.of(this);
        }

        public static Rounding of(String id) {
            return WireNames.parse(Rounding.class, id)
                    .orElseThrow(() -> new BusinessRuleException("rounding-unknown", "Rounding is one of "
                            + WireNames.all(Rounding.class) + ", not '" + id + "'"));
        }
    }

    public MarkupRule {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(1000)) > 0 || percent.scale() > 2) {
            throw new BusinessRuleException("markup-invalid", "A markup is 0-1000 percent with at most 2 decimals: " + percent);
        }
        if (rounding == null) {
            throw new BusinessRuleException("rounding-unknown", "A markup needs its rounding");
        }
    }

    /** This shop's price for a product the partner prices at {@code partnerPrice} (both USD). */
    public BigDecimal apply(BigDecimal partnerPrice) {
        BigDecimal raw = partnerPrice.multiply(HUNDRED.add(percent)).divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
        return switch (rounding) {
            case CENT -> raw.setScale(2, RoundingMode.CEILING);
            case WHOLE -> raw.setScale(0, RoundingMode.CEILING).setScale(2, RoundingMode.UNNECESSARY);
            case NINETY_NINE -> {
                BigDecimal whole = raw.setScale(0, RoundingMode.FLOOR);
                BigDecimal candidate = whole.add(new BigDecimal("0.99"));
                yield candidate.compareTo(raw) >= 0 ? candidate : candidate.add(BigDecimal.ONE);
            }
        };
    }
}
