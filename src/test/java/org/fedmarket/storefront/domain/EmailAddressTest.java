package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailAddressTest {

    @Test
    void anAddressIsKeptTrimmedAndLowerCaseSoOneAddressIsOneCustomer() {
        assertEquals("ada@example.com", EmailAddress.of("email", "  Ada@Example.COM ").value());
        assertEquals("a.b+shop@mail.example.co.uk", EmailAddress.of("email", "a.b+shop@mail.example.co.uk").value());
    }

    @Test
    void whatIsNoAddressIsRefusedNamingTheField() {
        for (String bad : new String[]{null, "", "ada", "ada@", "@example.com", "ada@example", "a b@example.com", "ada@@example.com",
                "a\u0000@example.com", "x".repeat(65) + "@example.com", "a@" + "b".repeat(250) + ".com", "ada@example..com"}) {
            InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> EmailAddress.of("email", bad), String.valueOf(bad));
            assertEquals("email", e.violations().get(0).field());
        }
    }

    @Test
    void theValueItselfMustBeNormalised() {
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("Ada@example.com"));
    }
}
