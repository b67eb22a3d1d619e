package org.fedmarket.platform.access;

/**
 * The roles REST methods and pages are allowed to ({@code @RolesAllowed}): the administrator's, and one per API-token
 * scope (the scope's wire name). Kept apart from the accounts and tokens that grant them, so anything may name a role
 * without depending on how it is granted.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CATALOGUE_READ = "catalogue-read";
    public static final String CATALOGUE_WRITE = "catalogue-write";
    public static final String STOCK = "stock";
    public static final String ORDERS = "orders";
    public static final String EVENTS = "events";

    private Roles() {
    }
}
