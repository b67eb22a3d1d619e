package org.fedmarket.storefront.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.fedmarket.storefront.application.StorefrontSettings;

import java.util.List;
import java.util.Locale;

/** The customer's locale from Accept-Language: the first preference, else the shop's default. */
final class CustomerLocales {

    private CustomerLocales() {
    }

    static Locale of(HttpHeaders headers, StorefrontSettings settings) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return accepted.isEmpty() || accepted.get(0).getLanguage().isEmpty() || accepted.get(0).getLanguage().equals("*")
                ? settings.defaultLocale() : accepted.get(0);
    }
}
