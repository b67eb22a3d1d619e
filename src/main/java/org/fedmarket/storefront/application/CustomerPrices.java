package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.inventory.api.ShopCatalogue;
import org.fedmarket.storefront.api.Price;
import org.fedmarket.storefront.domain.Offer;
import org.javamoney.moneta.Money;

import javax.money.Monetary;
import javax.money.MonetaryException;
import javax.money.format.AmountFormatQueryBuilder;
import javax.money.format.MonetaryFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices in the shop's currency, formatted (JSR-354) for the customer's locale. An offer in another currency is
 * converted at the operator's rates; without a rate it is shown in its own currency rather than guessed at.
 */
@ApplicationScoped
public class CustomerPrices {

    @Inject
    ShopCatalogue catalogue;
    @Inject
    StorefrontSettings settings;

    public Price of(Offer offer, Locale locale) {
        String shop = settings.currency();
        if (offer.currency().equals(shop)) {
            return price(offer.price(), shop, locale);
        }
        return catalogue.convert(offer.price(), offer.currency(), shop)
                .or(() -> catalogue.convert(offer.priceUsd(), "USD", shop))
                .map(amount -> price(amount, shop, locale))
                .orElseGet(() -> price(offer.price(), offer.currency(), locale));
    }

    /** An amount in the shop's currency as US dollars, to compare with offers' prices; empty without a rate. */
    public Optional<BigDecimal> toUsd(BigDecimal amount) {
        return settings.currency().equals("USD") ? Optional.of(amount) : catalogue.convert(amount, settings.currency(), "USD");
    }

    public String format(BigDecimal amount, Locale locale) {
        return price(amount, settings.currency(), locale).formatted();
    }

    public Price price(BigDecimal amount, String currency, Locale locale) {
        int digits = Monetary.getCurrency(currency).getDefaultFractionDigits();
        BigDecimal shown = amount.setScale(Math.max(digits, 0), RoundingMode.HALF_EVEN);
        String formatted;
        try {
            formatted = MonetaryFormats.getAmountFormat(AmountFormatQueryBuilder.of(locale).build()).format(Money.of(shown, currency));
        } catch (MonetaryException noFormatForTheLocale) {
            formatted = MonetaryFormats.getAmountFormat(AmountFormatQueryBuilder.of(settings.defaultLocale()).build())
                    .format(Money.of(shown, currency));
        }
        return new Price(shown, currency, formatted);
    }
}
