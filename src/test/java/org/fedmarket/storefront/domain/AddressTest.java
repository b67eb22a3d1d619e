package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AddressTest {

    @Test
    void anAddressIsTrimmedAndItsCountryIsAnIsoCode() {
        Address a = Address.of(" Ada Lovelace ", "12 St James's Square", "", "SW1Y 4JH", "London", " gb ");
        assertEquals("Ada Lovelace", a.name());
        assertEquals("GB", a.country());
        assertEquals("", a.line2());
    }

    @Test
    void eachFieldIsCheckedAndNamed() {
        assertEquals("country", field(() -> Address.of("A", "B", "", "1", "C", "XX")));
        assertEquals("country", field(() -> Address.of("A", "B", "", "1", "C", null)));
        assertEquals("name", field(() -> Address.of(" ", "B", "", "1", "C", "DE")));
        assertEquals("line1", field(() -> Address.of("A", "x".repeat(101), "", "1", "C", "DE")));
        assertEquals("line2", field(() -> Address.of("A", "B", "a\u0000b", "1", "C", "DE")));
        assertEquals("postalCode", field(() -> Address.of("A", "B", "", "1".repeat(21), "C", "DE")));
        assertEquals("city", field(() -> Address.of("A", "B", "", "1", "Ber\nlin", "DE")));
    }

    private static String field(Runnable making) {
        return assertThrows(InvalidFieldsException.class, making::run).violations().get(0).field();
    }
}
