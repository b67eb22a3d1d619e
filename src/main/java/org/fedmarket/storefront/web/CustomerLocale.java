package org.fedmarket.storefront.web;

import jakarta.faces.context.FacesContext;
import org.fedmarket.storefront.application.StorefrontSettings;

import java.util.Locale;

/** The customer's locale: the browser's first preference, else the shop's default. */
final class CustomerLocale {

    private CustomerLocale() {
    }

    static Locale of(FacesContext faces, StorefrontSettings settings) {
        String header = faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        Locale locale = header == null || header.isBlank() ? null : faces.getExternalContext().getRequestLocale();
        return locale == null || locale.getLanguage().isEmpty() ? settings.defaultLocale() : locale;
    }
}
