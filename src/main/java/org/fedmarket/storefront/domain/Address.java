package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.InvalidFieldsException;

import java.util.Locale;
import java.util.Set;

/** Where a customer has things sent. The country is an ISO 3166 alpha-2 code. */
public record Address(long id, String name, String line1, String line2, String postalCode, String city, String country) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** An address from a form, each field checked; {@code id} 0 until stored. */
    public static Address of(String name, String line1, String line2, String postalCode, String city, String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidFieldsException("country", "a two-letter country code such as DE or US");
        }
        return new Address(0, CustomerName.of("name", name, 100), CustomerName.of("line1", line1, 100),
                CustomerName.optional("line2", line2, 100), CustomerName.of("postalCode", postalCode, 20),
                CustomerName.of("city", city, 100), code);
    }
}
