package org.fedmarket.federation.application;

import org.fedmarket.federation.domain.HubMembership;

import java.time.OffsetDateTime;

/** This shop's membership as its administrators see it; status {@code none} before it ever applied. */
public record MembershipView(String shopId, String hubUrl, String status, OffsetDateTime appliedAt,
                             OffsetDateTime joinedAt, long registryVersion, OffsetDateTime lastSyncAt,
                             String lastSyncError, int directorySize) {

    static MembershipView of(ShopIdentity identity, HubMembership m, int directorySize) {
        if (m == null) {
            return new MembershipView(identity.shopId(), identity.hubUrl(), "none", null, null, 0, null, null, 0);
        }
        return new MembershipView(m.shopId(), m.hubUrl(), m.status().name().toLowerCase(), m.appliedAt(), m.joinedAt(),
                m.registryVersion(), m.lastSyncAt(), m.lastSyncError(), directorySize);
    }
}
