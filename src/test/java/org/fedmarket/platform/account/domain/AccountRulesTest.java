package org.fedmarket.platform.account.domain;

import org.fedmarket.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountRulesTest {

    @Test
    void usernamesAreTrimmedAndCompareLowerCase() {
        assertEquals("shop.admin", new Username("  Shop.Admin ").value());
    }

    @Test
    void usernamesRefuseOddCharactersAndLengths() {
        assertThrows(BusinessRuleException.class, () -> new Username("ab"));
        assertThrows(BusinessRuleException.class, () -> new Username("with space"));
        assertThrows(BusinessRuleException.class, () -> new Username("x".repeat(65)));
        assertThrows(BusinessRuleException.class, () -> new Username(null));
    }

    @Test
    void passwordsNeedTwelveCharacters() {
        assertThrows(BusinessRuleException.class, () -> PasswordPolicy.check("short-pass1"));
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars"));
        assertThrows(BusinessRuleException.class, () -> PasswordPolicy.check(null));
    }
}
