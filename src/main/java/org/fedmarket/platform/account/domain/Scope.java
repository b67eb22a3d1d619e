package org.fedmarket.platform.account.domain;

import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.BusinessRuleException;


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
        return WireNames.of(this);
    }

    /** Whether a role is one of the scopes' (an API token's) rather than, say, the administrator's. */
    public static boolean isScopeRole(String role) {
        return WireNames.parse(Scope.class, role).isPresent();
    }

    public static Scope of(String id) {
        return WireNames.parse(Scope.class, id)
                .orElseThrow(() -> new BusinessRuleException("scope-unknown", "Unknown scope '" + id + "'; scopes are "
                        + WireNames.all(Scope.class)));
    }
}
