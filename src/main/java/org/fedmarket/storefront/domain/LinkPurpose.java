package org.fedmarket.storefront.domain;

import java.time.Duration;

/** What a single-use link mailed to a customer is for, and how long it works. */
public enum LinkPurpose {
    VERIFY("verify", Duration.ofHours(24)),
    RESET("reset", Duration.ofHours(1));

    private final String wireName;
    private final Duration lifetime;

    LinkPurpose(String wireName, Duration lifetime) {
        this.wireName = wireName;
        this.lifetime = lifetime;
    }

    public String wireName() {
        return wireName;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
