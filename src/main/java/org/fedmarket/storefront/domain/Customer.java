package org.fedmarket.storefront.domain;

import java.time.OffsetDateTime;

/**
 * A customer of this storefront: an identity of its own, never an administrator. A customer may sign in once the address
 * is verified and while the account is not locked by an administrator.
 */
public record Customer(long id, EmailAddress email, String name, String passwordHash, OffsetDateTime createdAt,
                       OffsetDateTime verifiedAt, OffsetDateTime lockedAt, String lockReason) {

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    /** Why this customer may not have a session now, or null when they may. */
    public String refusal() {
        if (locked()) {
            return "account-locked";
        }
        return verified() ? null : "address-unverified";
    }
}
