package org.fedmarket.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** How many US dollars one unit of a currency is worth, as the operator set it. */
@Entity
@Table(name = "exchange_rate", schema = "inventory")
public class ExchangeRate {

    @Id
    private String currency;
    @Column(name = "usd_per_unit", nullable = false, precision = 19, scale = 8)
    private BigDecimal usdPerUnit;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ExchangeRate() {
    }

    public ExchangeRate(String currency, BigDecimal usdPerUnit, OffsetDateTime at) {
        if (currency == null || !currency.matches("[A-Z]{3}") || "USD".equals(currency)) {
            throw new BusinessRuleException("currency-invalid", "A rate is for an ISO 4217 currency other than USD: '" + currency + "'");
        }
        if (usdPerUnit == null || usdPerUnit.signum() <= 0 || usdPerUnit.scale() > 8 || usdPerUnit.precision() - usdPerUnit.scale() > 11) {
            throw new BusinessRuleException("rate-invalid", "A rate is a positive number with at most 8 decimals: " + usdPerUnit + " for " + currency);
        }
        this.currency = currency;
        this.usdPerUnit = usdPerUnit;
        this.updatedAt = at;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal usdPerUnit() {
        return usdPerUnit;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
