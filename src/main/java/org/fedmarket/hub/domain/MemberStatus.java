package org.fedmarket.hub.domain;

/** Where a shop stands with the Hub. Only ACTIVE members are in the registry and may call the Hub. */
public enum MemberStatus {
    PENDING, ACTIVE, SUSPENDED, LEFT, REJECTED;

    /** A shop id and base URL in one of these states cannot be claimed by another application. */
    public boolean holdsIdentity() {
        return this == PENDING || this == ACTIVE || this == SUSPENDED;
    }
}
