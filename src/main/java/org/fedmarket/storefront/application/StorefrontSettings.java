package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.node.InvalidConfigurationException;

import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How the storefront presents the shop: its name, logo, accent colour, currency and default locale. */
@ApplicationScoped
public class StorefrontSettings {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Inject
    @ConfigProperty(name = "fedmarket.storefront.name")
    String name;
    @Inject
    @ConfigProperty(name = "fedmarket.storefront.logo-url")
    Optional<String> logoUrl;
    @Inject
    @ConfigProperty(name = "fedmarket.storefront.accent-colour")
    String accentColour;
    @Inject
    @ConfigProperty(name = "fedmarket.storefront.currency")
    String currency;
    @Inject
    @ConfigProperty(name = "fedmarket.storefront.locale")
    String locale;

    /** Refuses settings the pages could not show, naming the setting. */
    public void validate() {
        if (!COLOUR.matcher(accentColour).matches()) {
            throw new InvalidConfigurationException("fedmarket.storefront.accent-colour must be a colour such as #0b6e4f, got '"
                    + accentColour + "'");
        }
        try {
            Monetary.getCurrency(currency);
        } catch (UnknownCurrencyException e) {
            throw new InvalidConfigurationException("fedmarket.storefront.currency must be an ISO 4217 code such as EUR, got '"
                    + currency + "'");
        }
        if (defaultLocale().getLanguage().isEmpty()) {
            throw new InvalidConfigurationException("fedmarket.storefront.locale must be a language tag such as en-US, got '"
                    + locale + "'");
        }
        logoUrl.filter(url -> !url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("/"))
                .ifPresent(url -> {
                    throw new InvalidConfigurationException("fedmarket.storefront.logo-url must be an http(s) URL or a path, got '"
                            + url + "'");
                });
    }

    public String name() {
        return name;
    }

    public Optional<String> logoUrl() {
        return logoUrl.filter(url -> !url.isBlank());
    }

    public String accentColour() {
        return accentColour;
    }

    public String currency() {
        return currency;
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(locale);
    }

    /** The locale a customer's prices are shown in: the first preference of Accept-Language, else the shop's default. */
    public Locale customerLocale(String acceptLanguage) {
        try {
            return acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200 ? defaultLocale()
                    : Locale.LanguageRange.parse(acceptLanguage).stream().map(Locale.LanguageRange::getRange)
                    .filter(r -> !r.startsWith("*")).findFirst().map(Locale::forLanguageTag)
                    .filter(l -> !l.getLanguage().isEmpty()).orElse(defaultLocale());
        } catch (IllegalArgumentException malformed) {
            return defaultLocale();
        }
    }
}
