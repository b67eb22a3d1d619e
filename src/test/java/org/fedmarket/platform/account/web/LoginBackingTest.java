package org.fedmarket.platform.account.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginBackingTest {

    private static String after(String next) {
        LoginBacking login = new LoginBacking();
        login.setNext(next);
        return login.safeNext();
    }

    @Test
    void followsLocalAdminPagesOnly() {
        assertEquals("/admin/inventory/index.xhtml", after("/admin/inventory/index.xhtml"));
        assertEquals("/admin/", after(null));
        assertEquals("/admin/", after("https://evil.example/admin/"));
        assertEquals("/admin/", after("/admin//evil.example"));
        assertEquals("/admin/", after("/login.xhtml"));
    }
}
