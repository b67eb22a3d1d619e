package org.fedmarket.hub.application;

import org.fedmarket.hub.domain.Member;

import java.time.OffsetDateTime;
import java.util.List;

/** A member as Hub administrators see it, keys included with their validity. */
public record MemberSummary(String id, String name, String baseUrl, String status, boolean acceptsPush,
                            OffsetDateTime appliedAt, OffsetDateTime joinedAt, OffsetDateTime statusChangedAt,
                            long registryVersion, List<Key> keys) {

    public record Key(String kid, OffsetDateTime notBefore, OffsetDateTime expiresAt, boolean valid) {
    }

    public static MemberSummary of(Member m, OffsetDateTime now) {
        return new MemberSummary(m.shopId(), m.name(), m.baseUrl(), m.status().name().toLowerCase(), m.acceptsPush(),
                m.appliedAt(), m.joinedAt(), m.statusChangedAt(), m.registryVersion(),
                m.keys().stream().map(k -> new Key(k.kid(), k.notBefore(), k.expiresAt(), k.validAt(now))).toList());
    }
}
