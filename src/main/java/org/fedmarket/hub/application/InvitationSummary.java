package org.fedmarket.hub.application;

import org.fedmarket.hub.domain.Invitation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation as administrators see it; {@code code} only in the answer that created it. */
public record InvitationSummary(UUID id, String note, String state, String createdBy, OffsetDateTime createdAt,
                                OffsetDateTime expiresAt, String usedBy, OffsetDateTime usedAt, String revokedBy, String code) {

    public static InvitationSummary of(Invitation i, String code, OffsetDateTime now) {
        return new InvitationSummary(i.id(), i.note(), i.stateAt(now).name().toLowerCase(), i.createdBy(),
                i.createdAt(), i.expiresAt(), i.usedBy(), i.usedAt(), i.revokedBy(), code);
    }
}
