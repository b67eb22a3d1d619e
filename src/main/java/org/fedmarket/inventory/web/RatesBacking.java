package org.fedmarket.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.inventory.application.UsdPrices;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.web.PageActions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The inventory page's rate table: USD per unit of each currency, which prices the catalogue for partners. */
@Named("rates")
@RequestScoped
public class RatesBacking {

    private static final String SELF = InventoryPage.SELF;

    @Inject
    Clock clock;
    @Inject
    UsdPrices prices;
    @Inject
    FacesContext faces;

    private String rates;
    private LocalDate ratesAsOf;

    public UsdPrices.Table getRateTable() {
        return prices.table();
    }

    /** Replaces the rate table with the lines "CUR rate", e.g. "EUR 1.08". */
    public String saveRates() {
        return run(() -> {
            Map<String, BigDecimal> table = new LinkedHashMap<>();
            for (String line : (rates == null ? "" : rates).split("\\R")) {
                String[] parts = line.strip().split("[\\s=:]+");
                if (line.isBlank()) {
                    continue;
                }
                try {
                    table.put(parts[0].toUpperCase(Locale.ROOT), new BigDecimal(parts[1]));
                } catch (RuntimeException e) {
                    throw new BusinessRuleException("rates-unreadable", "A rate line is a currency and a number, e.g. EUR 1.08, not '" + line + "'");
                }
            }
            UsdPrices.Table saved = prices.replace(ratesAsOf == null ? LocalDate.now(clock) : ratesAsOf, table);
            return "Rate table of " + saved.asOf().orElseThrow() + " saved with " + saved.usdPerUnit().size() + " rates.";
        });
    }

    public String getRates() {
        if (rates == null) {
            StringBuilder text = new StringBuilder();
            prices.table().usdPerUnit().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue().stripTrailingZeros().toPlainString()).append('\n'));
            rates = text.toString();
        }
        return rates;
    }

    private String run(Supplier<String> action) {
        return PageActions.run(faces, SELF, action);
    }

    public void setRates(String rates) {
        this.rates = rates;
    }

    public LocalDate getRatesAsOf() {
        return ratesAsOf == null ? prices.table().asOf().orElse(null) : ratesAsOf;
    }

    public void setRatesAsOf(LocalDate ratesAsOf) {
        this.ratesAsOf = ratesAsOf;
    }
}
