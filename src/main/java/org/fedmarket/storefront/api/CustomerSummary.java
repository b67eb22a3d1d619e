package org.fedmarket.storefront.api;

import java.time.OffsetDateTime;

/** A customer account as administrators see it (never its password hash). */
public record CustomerSummary(long id, String email, String name, OffsetDateTime createdAt, boolean verified,
                              OffsetDateTime lockedAt, String lockReason) {
}
