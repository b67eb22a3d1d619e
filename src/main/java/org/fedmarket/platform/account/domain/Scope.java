package org.fedmarket.platform.account.domain;

import org.fedmarket.platform.problem.BusinessRuleException;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an API token may do; each scope's wire name is also the role the REST API checks
 * ({@code @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_READ})}, see {@link org.fedmarket.platform.access.Roles}).
 */
public enum Scope {
    /** Read the own catalogue and the rate table. */
    CATALOGUE_READ,
    /** Create, edit, pause, resume, delete and import products. */
    CATALOGUE_WRITE,
    /** Restock (change stock counts). */
    STOCK,
    /** Read partners' orders and move them on (accept, ship, …). */
    ORDERS,
    /** Read the market event feed (market situations and sales). */
    EVENTS;

    /** The wire name and role, e.g. {@code catalogue-read}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a role is one of the scopes' (an API token's) rather than, say, the administrator's. */
    public static boolean isScopeRole(String role) {
        return Arrays.stream(values()).anyMatch(s -> s.id().equals(role));
    }

    public static Scope of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("scope-unknown", "Unknown scope '" + id + "'; scopes are "
                        + Arrays.stream(values()).map(Scope::id).toList()));
    }
}
