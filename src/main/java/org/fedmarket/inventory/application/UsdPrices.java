package org.fedmarket.inventory.application;

import org.fedmarket.inventory.api.CatalogueChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.domain.ExchangeRate;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.CatalogueRepository;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.inventory.persistence.RateRepository;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.javamoney.moneta.Money;
import org.fedmarket.platform.audit.application.Audited;

import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.CurrencyConversion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices in US dollars, as partners see them, converted (JSR-354) with the operator's rate table and
 * rounded to cents. The table is cached; a change on this node drops the cache at its commit, a change
 * on another instance of the node is seen within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class UsdPrices {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** The rate table as it stands: its date and the rates. */
    public record Table(Optional<LocalDate> asOf, Map<String, BigDecimal> usdPerUnit) {
    }

    private record Loaded(Table table, OperatorRates rates, CurrencyConversion toUsd) {
    }

    @Inject
    Clock clock;
    @Inject
    RateRepository repository;
    @Inject
    CatalogueRepository catalogue;
    @Inject
    CatalogueRevisions revisions;
    @Inject
    ProductRepository products;

    private final FreshCopy<Loaded> loaded = new FreshCopy<>(MAX_AGE, this::load);

    /** {@code amount} of {@code currency} in US dollars, or empty if the table has no rate for it. */
    public Optional<BigDecimal> usd(BigDecimal amount, String currency) {
        Loaded current = current();
        if (!current.rates().knows(currency)) {
            return Optional.empty();
        }
        MonetaryAmount inUsd = Money.of(amount, currency).with(current.toUsd());
        return Optional.of(inUsd.with(Monetary.getDefaultRounding()).getNumber().numberValue(BigDecimal.class)
                .setScale(2, RoundingMode.HALF_EVEN));
    }

    /**
     * {@code amount} of {@code from} in {@code to} through US dollars at the table's rates, rounded half-even to the
     * minor unit of {@code to}; empty when either currency has no rate.
     */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        OperatorRates rates = current().rates();
        if (!rates.knows(from) || !rates.knows(to)) {
            return Optional.empty();
        }
        int digits = Monetary.getCurrency(to).getDefaultFractionDigits();
        if (from.equals(to)) {
            return Optional.of(amount.setScale(Math.max(digits, amount.scale()), RoundingMode.HALF_EVEN));
        }
        BigDecimal usd = amount.multiply(rates.usdPerUnit(from));
        return Optional.of(usd.divide(rates.usdPerUnit(to), java.math.MathContext.DECIMAL64).setScale(digits, RoundingMode.HALF_EVEN));
    }

    public Table table() {
        return current().table();
    }

    void onCatalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged changed) {
        loaded.drop();
    }

    private Loaded current() {
        return loaded.get();
    }

    /**
     * Replaces the rate table. Products whose rate changed take a new catalogue revision, so partners'
     * next delta carries their new US dollar price (or their removal, if their rate is gone).
     */
    @Audited("inventory.rates-replaced")
    @Transactional
    public Table replace(LocalDate asOf, Map<String, BigDecimal> usdPerUnit) {
        if (asOf == null) {
            throw new BusinessRuleException("rates-date-missing", "A rate table needs its date (asOf)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExchangeRate> rates = usdPerUnit.entrySet().stream().map(e -> new ExchangeRate(e.getKey(), e.getValue(), now)).toList();
        Map<String, BigDecimal> before = load().table().usdPerUnit();
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(usdPerUnit.keySet());
        changed.removeIf(c -> before.containsKey(c) && usdPerUnit.containsKey(c) && before.get(c).compareTo(usdPerUnit.get(c)) == 0);
        List<Product> repriced = changed.stream().sorted().flatMap(c -> products.withCurrencyForUpdate(c).stream()).toList();
        repository.replaceAll(rates);
        catalogue.ratesAsOf(asOf);
        long revision = revisions.next(); // after the products' locks, in the order every change takes them
        repriced.forEach(p -> p.changedAt(revision));
        return new Table(Optional.of(asOf), Map.copyOf(usdPerUnit));
    }

    private Loaded load() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (ExchangeRate rate : repository.all()) {
            rates.put(rate.currency(), rate.usdPerUnit());
        }
        OperatorRates provider = new OperatorRates(rates);
        return new Loaded(new Table(catalogue.ratesAsOf(), Map.copyOf(rates)), provider, provider.getCurrencyConversion(OperatorRates.USD));
    }
}
