package org.fedmarket.inventory.application;

import org.javamoney.moneta.spi.AbstractRateProvider;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The operator's rate table as a JSR-354 rate provider: from any currency in it to US dollars. */
final class OperatorRates extends AbstractRateProvider {

    private static final ProviderContext CONTEXT = ProviderContextBuilder.of("FEDMARKET", RateType.DEFERRED)
            .set("providerDescription", "Rates maintained by the shop's operator").build();
    private static final ConversionContext CONVERSION = ConversionContext.of("FEDMARKET", RateType.DEFERRED);
    static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private final Map<String, BigDecimal> usdPerUnit;

    OperatorRates(Map<String, BigDecimal> usdPerUnit) {
        super(CONTEXT);
        this.usdPerUnit = Map.copyOf(usdPerUnit);
    }

    boolean knows(String currency) {
        return "USD".equals(currency) || usdPerUnit.containsKey(currency);
    }

    /** US dollars for one unit of {@code currency}, which the table {@link #knows}. */
    BigDecimal usdPerUnit(String currency) {
        return "USD".equals(currency) ? BigDecimal.ONE : usdPerUnit.get(currency);
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery query) {
        CurrencyUnit base = query.getBaseCurrency();
        CurrencyUnit term = query.getCurrency();
        if (!USD.equals(term) || !knows(base.getCurrencyCode())) {
            return null; // not this provider's to answer
        }
        BigDecimal factor = USD.equals(base) ? BigDecimal.ONE : usdPerUnit.get(base.getCurrencyCode());
        return new Rate(base, factor);
    }

    /** One rate of the table. */
    private record Rate(CurrencyUnit base, BigDecimal factor) implements ExchangeRate {
        @Override
        public ConversionContext getContext() {
            return CONVERSION;
        }

        @Override
        public CurrencyUnit getBaseCurrency() {
            return base;
        }

        @Override
        public CurrencyUnit getCurrency() {
            return USD;
        }

        @Override
        public NumberValue getFactor() {
            return new org.javamoney.moneta.spi.DefaultNumberValue(factor);
        }

        @Override
        public List<ExchangeRate> getExchangeRateChain() {
            return List.of(this);
        }
    }
}
