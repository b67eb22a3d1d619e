package org.fedmarket.storefront.application;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StorefrontSettingsTest {

    @Test
    void theCustomersLocaleIsTheirFirstPreferenceElseTheShopsDefault() {
        StorefrontSettings settings = new StorefrontSettings();
        settings.locale = "en-US";
        assertEquals(Locale.forLanguageTag("de-DE"), settings.customerLocale("de-DE,de;q=0.9,en;q=0.5"));
        assertEquals(Locale.forLanguageTag("fr"), settings.customerLocale("*;q=0.1, fr;q=0.8"));
        assertEquals(Locale.forLanguageTag("en-US"), settings.customerLocale(null));
        assertEquals(Locale.forLanguageTag("en-US"), settings.customerLocale(" "));
        assertEquals(Locale.forLanguageTag("en-US"), settings.customerLocale("*"));
        assertEquals(Locale.forLanguageTag("en-US"), settings.customerLocale("not a ;; header ==="), "malformed");
        assertEquals(Locale.forLanguageTag("en-US"), settings.customerLocale("de," + "x".repeat(300)), "too long to parse");
    }
}
